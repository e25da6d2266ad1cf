<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_XA" sourcelanguage="en">
<context>
    <name>Side</name>
    <message>
        <source>Right leg</source>
        <translation>[Ŕíğĥţ ĺéğ ẋ]</translation>
    </message>
    <message>
        <source>Left leg</source>
        <translation>[Ĺéƒţ ĺéğẋ]</translation>
    </message>
</context>
</TS>
