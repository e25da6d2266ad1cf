<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de" sourcelanguage="en">
<context>
    <name>CuePlayer</name>
    <message>
        <source>No audio device was found</source>
        <translation type="vanished">Es wurde kein Audiogerät gefunden</translation>
    </message>
    <message>
        <source>The sound “{name}” could not be played</source>
        <translation type="vanished">Der Ton „{name}“ konnte nicht abgespielt werden</translation>
    </message>
    <message>
        <source>The speech engine stopped working: {message}</source>
        <translation type="vanished">Die Sprachausgabe funktioniert nicht mehr: {message}</translation>
    </message>
    <message>
        <source>Voice prompts need speech-dispatcher, which is not installed or not running</source>
        <translation type="vanished">Sprachansagen brauchen speech-dispatcher, das nicht installiert ist oder nicht läuft</translation>
    </message>
    <message>
        <source>No speech engine could be started ({problems})</source>
        <translation type="vanished">Keine Sprachausgabe ließ sich starten ({problems})</translation>
    </message>
    <message>
        <source>No speech engine was found (install speech-dispatcher for voice prompts)</source>
        <translation type="vanished">Keine Sprachausgabe gefunden (installieren Sie speech-dispatcher für Sprachansagen)</translation>
    </message>
    <message>
        <source>No speech engine was found</source>
        <translation type="vanished">Keine Sprachausgabe gefunden</translation>
    </message>
    <message>
        <source>Sound needs Qt Multimedia, which could not be loaded: {error}</source>
        <translation type="vanished">Töne brauchen Qt Multimedia, das nicht geladen werden konnte: {error}</translation>
    </message>
    <message>
        <source>not installed</source>
        <translation type="vanished">nicht installiert</translation>
    </message>
    <message>
        <source>Voice prompts need Qt Text-to-Speech, which could not be loaded: {error}</source>
        <translation type="vanished">Sprachansagen brauchen Qt Text-to-Speech, das nicht geladen werden konnte: {error}</translation>
    </message>
</context>
<context>
    <name>Side</name>
    <message>
        <source>Right leg</source>
        <translation>Rechtes Bein</translation>
    </message>
    <message>
        <source>Left leg</source>
        <translation>Linkes Bein</translation>
    </message>
</context>
</TS>
