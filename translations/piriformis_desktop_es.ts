<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es" sourcelanguage="en">
<context>
    <name>CuePlayer</name>
    <message>
        <source>No audio device was found</source>
        <translation type="vanished">No se ha encontrado ningún dispositivo de audio</translation>
    </message>
    <message>
        <source>The sound “{name}” could not be played</source>
        <translation type="vanished">No se ha podido reproducir el sonido «{name}»</translation>
    </message>
    <message>
        <source>The speech engine stopped working: {message}</source>
        <translation type="vanished">El motor de voz ha dejado de funcionar: {message}</translation>
    </message>
    <message>
        <source>Voice prompts need speech-dispatcher, which is not installed or not running</source>
        <translation type="vanished">Las indicaciones por voz necesitan speech-dispatcher, que no está instalado o no está en marcha</translation>
    </message>
    <message>
        <source>No speech engine could be started ({problems})</source>
        <translation type="vanished">No se ha podido iniciar ningún motor de voz ({problems})</translation>
    </message>
    <message>
        <source>No speech engine was found (install speech-dispatcher for voice prompts)</source>
        <translation type="vanished">No se ha encontrado ningún motor de voz (instale speech-dispatcher para las indicaciones por voz)</translation>
    </message>
    <message>
        <source>No speech engine was found</source>
        <translation type="vanished">No se ha encontrado ningún motor de voz</translation>
    </message>
    <message>
        <source>Sound needs Qt Multimedia, which could not be loaded: {error}</source>
        <translation type="vanished">El sonido necesita Qt Multimedia, que no se ha podido cargar: {error}</translation>
    </message>
    <message>
        <source>not installed</source>
        <translation type="vanished">no está instalado</translation>
    </message>
    <message>
        <source>Voice prompts need Qt Text-to-Speech, which could not be loaded: {error}</source>
        <translation type="vanished">Las indicaciones por voz necesitan Qt Text-to-Speech, que no se ha podido cargar: {error}</translation>
    </message>
</context>
<context>
    <name>Side</name>
    <message>
        <source>Right leg</source>
        <translation>Pierna derecha</translation>
    </message>
    <message>
        <source>Left leg</source>
        <translation>Pierna izquierda</translation>
    </message>
</context>
</TS>
