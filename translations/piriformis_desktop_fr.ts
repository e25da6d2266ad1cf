<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr" sourcelanguage="en">
<context>
    <name>CuePlayer</name>
    <message>
        <source>No audio device was found</source>
        <translation type="vanished">Aucun périphérique audio n&apos;a été trouvé</translation>
    </message>
    <message>
        <source>The sound “{name}” could not be played</source>
        <translation type="vanished">Le son «&#xa0;{name}&#xa0;» n&apos;a pas pu être lu</translation>
    </message>
    <message>
        <source>The speech engine stopped working: {message}</source>
        <translation type="vanished">Le moteur de synthèse vocale a cessé de fonctionner&#xa0;: {message}</translation>
    </message>
    <message>
        <source>Voice prompts need speech-dispatcher, which is not installed or not running</source>
        <translation type="vanished">Les annonces vocales ont besoin de speech-dispatcher, qui n&apos;est pas installé ou ne fonctionne pas</translation>
    </message>
    <message>
        <source>No speech engine could be started ({problems})</source>
        <translation type="vanished">Aucun moteur de synthèse vocale n&apos;a pu démarrer ({problems})</translation>
    </message>
    <message>
        <source>No speech engine was found (install speech-dispatcher for voice prompts)</source>
        <translation type="vanished">Aucun moteur de synthèse vocale trouvé (installez speech-dispatcher pour les annonces vocales)</translation>
    </message>
    <message>
        <source>No speech engine was found</source>
        <translation type="vanished">Aucun moteur de synthèse vocale trouvé</translation>
    </message>
    <message>
        <source>Sound needs Qt Multimedia, which could not be loaded: {error}</source>
        <translation type="vanished">Le son a besoin de Qt Multimedia, qui n&apos;a pas pu être chargé&#xa0;: {error}</translation>
    </message>
    <message>
        <source>not installed</source>
        <translation type="vanished">non installé</translation>
    </message>
    <message>
        <source>Voice prompts need Qt Text-to-Speech, which could not be loaded: {error}</source>
        <translation type="vanished">Les annonces vocales ont besoin de Qt Text-to-Speech, qui n&apos;a pas pu être chargé&#xa0;: {error}</translation>
    </message>
</context>
<context>
    <name>Side</name>
    <message>
        <source>Right leg</source>
        <translation>Jambe droite</translation>
    </message>
    <message>
        <source>Left leg</source>
        <translation>Jambe gauche</translation>
    </message>
</context>
</TS>
