<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_XA" sourcelanguage="en">
<context>
    <name>DayStrip</name>
    <message>
        <source>Sessions day by day, last 12 weeks</source>
        <translation>[Šéššíöñš đáý ƀý đáý, ĺášţ 12 ŵééķš ẋẋẋ ẋẋ ẋẋ]</translation>
    </message>
    <message>
        <source>{active} of the last {days} days had a finished session.</source>
        <translation>[{active} öƒ ţĥé ĺášţ {days} đáýš ĥáđ á ƒíñíšĥéđ šéššíöñ. ẋẋẋ ẋẋ ẋẋẋẋ ẋ]</translation>
    </message>
</context>
<context>
    <name>DocumentsMenu</name>
    <message>
        <source>Save routine sheet as PDF</source>
        <translation>[Šáṽé ŕöûţíñé šĥééţ áš ÞĐƑ ẋẋẋ ẋẋ]</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>[ÞĐƑ ƒíĺéš (*.þđƒ) ẋẋẋ]</translation>
    </message>
    <message>
        <source>The routine sheet was not saved: {reason}.</source>
        <translation>[Ţĥé ŕöûţíñé šĥééţ ŵáš ñöţ šáṽéđ: {reason}. ẋẋẋ ẋẋ ẋẋẋ]</translation>
    </message>
    <message>
        <source>Saved the routine sheet to {path}</source>
        <translation>[Šáṽéđ ţĥé ŕöûţíñé šĥééţ ţö {path} ẋẋẋ ẋẋẋ]</translation>
    </message>
</context>
<context>
    <name>HistoryTransfer</name>
    <message>
        <source>Export history</source>
        <translation>[Éẋþöŕţ ĥíšţöŕý ẋẋ]</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>[ÇŠṼ ƒíĺéš (*.çšṽ) ẋẋẋ]</translation>
    </message>
    <message>
        <source>Nothing was exported: {reason}</source>
        <translation>[Ñöţĥíñğ ŵáš éẋþöŕţéđ: {reason} ẋẋẋ ẋẋ]</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n session(s) to {path}.</source>
        <translation>
            <numerusform>[Éẋþöŕţéđ %n šéššíöñ(š) ţö {path}. ẋẋẋ ẋẋẋ]</numerusform>
            <numerusform>[Éẋþöŕţéđ %n šéššíöñ(š) ţö {path}. ẋẋẋ ẋẋẋ]</numerusform>
        </translation>
    </message>
    <message>
        <source>Import history</source>
        <translation>[Íɱþöŕţ ĥíšţöŕý ẋẋ]</translation>
    </message>
    <message>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>[ÇŠṼ ƒíĺéš (*.çšṽ);;Áĺĺ ƒíĺéš (*) ẋẋẋ ẋẋ ẋẋ]</translation>
    </message>
    <message>
        <source>Nothing was imported: {reason}</source>
        <translation>[Ñöţĥíñğ ŵáš íɱþöŕţéđ: {reason} ẋẋẋ ẋẋ]</translation>
    </message>
    <message numerus="yes">
        <source>Imported %n session(s) from {path} ({skipped} were already here).</source>
        <translation>
            <numerusform>[Íɱþöŕţéđ %n šéššíöñ(š) ƒŕöɱ {path} ({skipped} ŵéŕé áĺŕéáđý ĥéŕé). ẋẋẋ ẋẋ ẋẋẋẋ ẋ ẋ]</numerusform>
            <numerusform>[Íɱþöŕţéđ %n šéššíöñ(š) ƒŕöɱ {path} ({skipped} ŵéŕé áĺŕéáđý ĥéŕé). ẋẋẋ ẋẋ ẋẋẋẋ ẋ ẋ]</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Imported %n session(s) from {path}.</source>
        <translation>
            <numerusform>[Íɱþöŕţéđ %n šéššíöñ(š) ƒŕöɱ {path}. ẋẋẋ ẋẋ ẋ]</numerusform>
            <numerusform>[Íɱþöŕţéđ %n šéššíöñ(š) ƒŕöɱ {path}. ẋẋẋ ẋẋ ẋ]</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>HistoryView</name>
    <message>
        <source>No history yet</source>
        <translation>[Ñö ĥíšţöŕý ýéţ ẋẋ]</translation>
    </message>
    <message>
        <source>Sessions per week</source>
        <translation>[Šéššíöñš þéŕ ŵééķ ẋẋẋ]</translation>
    </message>
    <message>
        <source>Pain after each session (0 none, 10 worst)</source>
        <translation>[Þáíñ áƒţéŕ éáçĥ šéššíöñ (0 ñöñé, 10 ŵöŕšţ) ẋẋẋ ẋẋ ẋẋẋẋẋ]</translation>
    </message>
    <message>
        <source>Last 12 weeks</source>
        <translation>[Ĺášţ 12 ŵééķš ẋẋ]</translation>
    </message>
    <message>
        <source>Show the last 12 weeks</source>
        <translation>[Šĥöŵ ţĥé ĺášţ 12 ŵééķš ẋẋẋ ẋ]</translation>
    </message>
    <message>
        <source>Whole history</source>
        <translation>[Ŵĥöĺé ĥíšţöŕý ẋẋ]</translation>
    </message>
    <message>
        <source>Show the whole history</source>
        <translation>[Šĥöŵ ţĥé ŵĥöĺé ĥíšţöŕý ẋẋẋ ẋ]</translation>
    </message>
    <message>
        <source>Pain trend</source>
        <translation>[Þáíñ ţŕéñđ ẋ]</translation>
    </message>
    <message>
        <source>Sessions of the chosen week</source>
        <translation>[Šéššíöñš öƒ ţĥé çĥöšéñ ŵééķ ẋẋẋ ẋẋẋ]</translation>
    </message>
    <message>
        <source>Import…</source>
        <translation>[Íɱþöŕţ…ẋ]</translation>
    </message>
    <message>
        <source>Import sessions from a CSV file</source>
        <translation>[Íɱþöŕţ šéššíöñš ƒŕöɱ á ÇŠṼ ƒíĺé ẋẋẋ ẋẋ ẋ]</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>[Éẋþöŕţ…ẋ]</translation>
    </message>
    <message>
        <source>Export the history as a CSV file</source>
        <translation>[Éẋþöŕţ ţĥé ĥíšţöŕý áš á ÇŠṼ ƒíĺé ẋẋẋ ẋẋ ẋẋ]</translation>
    </message>
    <message>
        <source>Your history cannot be written, so nothing can be imported.</source>
        <translation>[Ýöûŕ ĥíšţöŕý çáññöţ ƀé ŵŕíţţéñ, šö ñöţĥíñğ çáñ ƀé íɱþöŕţéđ. ẋẋẋ ẋẋ ẋẋẋẋ ẋ ẋẋẋẋ]</translation>
    </message>
    <message>
        <source>&lt;p style=&apos;font-size:xx-large&apos;&gt;&lt;b&gt;Your history is not available&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Sessions still play from start to end, but they are not saved. The notice above says why.&lt;/p&gt;</source>
        <translation>[&lt;p style=&apos;font-size:xx-large&apos;&gt;&lt;b&gt;Ýöûŕ ĥíšţöŕý íš ñöţ áṽáíĺáƀĺé&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Šéššíöñš šţíĺĺ þĺáý ƒŕöɱ šţáŕţ ţö éñđ, ƀûţ ţĥéý áŕé ñöţ šáṽéđ. Ţĥé ñöţíçé áƀöṽé šáýš ŵĥý.&lt;/p&gt; ẋẋẋ ẋẋ ẋẋẋẋ ẋ ẋẋẋ ẋẋ ẋẋẋẋ ẋ ẋẋẋ ẋẋ ẋẋẋẋ ẋ]</translation>
    </message>
    <message>
        <source>&lt;p style=&apos;font-size:xx-large&apos;&gt;&lt;b&gt;No sessions yet&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Start your first routine on the &lt;b&gt;Session&lt;/b&gt; tab (press &lt;b&gt;Space&lt;/b&gt;).&lt;br&gt;Every session you finish shows up here, week by week, against your goal of {goal} a week.&lt;/p&gt;&lt;p&gt;Moving from another computer? Use &lt;b&gt;Import…&lt;/b&gt; with the CSV you exported there.&lt;/p&gt;</source>
        <translation>[&lt;p style=&apos;font-size:xx-large&apos;&gt;&lt;b&gt;Ñö šéššíöñš ýéţ&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Šţáŕţ ýöûŕ ƒíŕšţ ŕöûţíñé öñ ţĥé &lt;b&gt;Šéššíöñ&lt;/b&gt; ţáƀ (þŕéšš &lt;b&gt;Šþáçé&lt;/b&gt;).&lt;br&gt;Éṽéŕý šéššíöñ ýöû ƒíñíšĥ šĥöŵš ûþ ĥéŕé, ŵééķ ƀý ŵééķ, áğáíñšţ ýöûŕ ğöáĺ öƒ {goal} á ŵééķ.&lt;/p&gt;&lt;p&gt;Ṁöṽíñğ ƒŕöɱ áñöţĥéŕ çöɱþûţéŕ? Ûšé &lt;b&gt;Íɱþöŕţ…&lt;/b&gt; ŵíţĥ ţĥé ÇŠṼ ýöû éẋþöŕţéđ ţĥéŕé.&lt;/p&gt; ẋẋẋ ẋẋ ẋẋẋẋ ẋ ẋẋẋ ẋẋ ẋẋẋẋ ẋ ẋẋẋ ẋẋ ẋẋẋẋ ẋ ẋẋẋ ẋẋ ẋẋẋẋ ẋ ẋẋẋ ẋẋ ẋẋẋẋ ẋ ẋẋẋ ẋẋ ẋẋẋẋ ẋẋ]</translation>
    </message>
    <message>
        <source>finished, goal met ★</source>
        <translation>[ƒíñíšĥéđ, ğöáĺ ɱéţ ★ ẋẋẋẋ]</translation>
    </message>
    <message>
        <source>finished</source>
        <translation>[ƒíñíšĥéđẋ]</translation>
    </message>
    <message>
        <source>stopped early</source>
        <translation>[šţöþþéđ éáŕĺý ẋẋ]</translation>
    </message>
    <message>
        <source>goal: {goal} a week</source>
        <translation>[ğöáĺ: {goal} á ŵééķ ẋẋ]</translation>
    </message>
</context>
<context>
    <name>NumbersPanel</name>
    <message>
        <source>Last 12 weeks, day by day</source>
        <translation>[Ĺášţ 12 ŵééķš, đáý ƀý đáý ẋẋẋ ẋẋ]</translation>
    </message>
    <message>
        <source>{done} of {goal}</source>
        <translation>[{done} öƒ {goal}ẋ]</translation>
    </message>
    <message>
        <source>this week — goal met ✓</source>
        <translation>[ţĥíš ŵééķ — ğöáĺ ɱéţ ✓ ẋẋẋ ẋ]</translation>
    </message>
    <message numerus="yes">
        <source>this week — %n to go</source>
        <translation>
            <numerusform>[ţĥíš ŵééķ — %n ţö ğö ẋẋẋẋ]</numerusform>
            <numerusform>[ţĥíš ŵééķ — %n ţö ğö ẋẋẋẋ]</numerusform>
        </translation>
    </message>
    <message>
        <source>in a row at your goal</source>
        <translation>[íñ á ŕöŵ áţ ýöûŕ ğöáĺ ẋẋẋ ẋ]</translation>
    </message>
    <message>
        <source>best streak</source>
        <translation>[ƀéšţ šţŕéáķ ẋ]</translation>
    </message>
    <message numerus="yes">
        <source>finished, %n stopped early</source>
        <translation>
            <numerusform>[ƒíñíšĥéđ, %n šţöþþéđ éáŕĺý ẋẋẋ ẋẋ]</numerusform>
            <numerusform>[ƒíñíšĥéđ, %n šţöþþéđ éáŕĺý ẋẋẋ ẋẋ]</numerusform>
        </translation>
    </message>
    <message>
        <source>finished</source>
        <translation>[ƒíñíšĥéđẋ]</translation>
    </message>
    <message numerus="yes">
        <source>minute(s) exercised</source>
        <translation>
            <numerusform>[ɱíñûţé(š) éẋéŕçíšéđ ẋẋẋẋ]</numerusform>
            <numerusform>[ɱíñûţé(š) éẋéŕçíšéđ ẋẋẋẋ]</numerusform>
        </translation>
    </message>
    <message>
        <source>last session</source>
        <translation>[ĺášţ šéššíöñ ẋẋ]</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>[Ţöđáý]</translation>
    </message>
    <message>
        <source>Yesterday</source>
        <translation>[Ýéšţéŕđáý ẋ]</translation>
    </message>
</context>
<context>
    <name>PainChart</name>
    <message>
        <source>Pain after each session, 0 to 10</source>
        <translation>[Þáíñ áƒţéŕ éáçĥ šéššíöñ, 0 ţö 10 ẋẋẋ ẋẋ ẋẋ]</translation>
    </message>
</context>
<context>
    <name>PlayerCard</name>
    <message>
        <source>1 second left</source>
        <translation>[1 šéçöñđ ĺéƒţ ẋẋ]</translation>
    </message>
    <message numerus="yes">
        <source>%n seconds left</source>
        <translation>
            <numerusform>[%n šéçöñđš ĺéƒţ ẋẋ]</numerusform>
            <numerusform>[%n šéçöñđš ĺéƒţ ẋẋ]</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ProgressReport</name>
    <message>
        <source>Progress report</source>
        <translation>[Þŕöğŕéšš ŕéþöŕţ ẋẋẋ]</translation>
    </message>
    <message>
        <source>Printed {date}</source>
        <translation>[Þŕíñţéđ {date} ẋ]</translation>
    </message>
    <message numerus="yes">
        <source>{title}: {first} to {end} (%n week(s))</source>
        <translation>
            <numerusform>[{title}: {first} ţö {end} (%n ŵééķ(š)) ẋẋẋ ẋ]</numerusform>
            <numerusform>[{title}: {first} ţö {end} (%n ŵééķ(š)) ẋẋẋ ẋ]</numerusform>
        </translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>[Šéššíöñšẋ]</translation>
    </message>
    <message numerus="yes">
        <source>%n session(s) finished and {stopped} stopped early in {weeks}.</source>
        <translation>
            <numerusform>[%n šéššíöñ(š) ƒíñíšĥéđ áñđ {stopped} šţöþþéđ éáŕĺý íñ {weeks}. ẋẋẋ ẋẋ ẋẋẋẋ ẋẋ]</numerusform>
            <numerusform>[%n šéššíöñ(š) ƒíñíšĥéđ áñđ {stopped} šţöþþéđ éáŕĺý íñ {weeks}. ẋẋẋ ẋẋ ẋẋẋẋ ẋẋ]</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Goal: %n a week.</source>
        <translation>
            <numerusform>[Ğöáĺ: %n á ŵééķ. ẋẋẋ]</numerusform>
            <numerusform>[Ğöáĺ: %n á ŵééķ. ẋẋẋ]</numerusform>
        </translation>
    </message>
    <message>
        <source>Adherence: {percent}% of the goal&apos;s sessions; the goal was met in {met} of {weeks} weeks.</source>
        <translation>[Áđĥéŕéñçé: {percent}% öƒ ţĥé ğöáĺ&apos;š šéššíöñš; ţĥé ğöáĺ ŵáš ɱéţ íñ {met} öƒ {weeks} ŵééķš. ẋẋẋ ẋẋ ẋẋẋẋ ẋ ẋẋẋ ẋẋ ẋ]</translation>
    </message>
    <message>
        <source>The routine as currently set</source>
        <translation>[Ţĥé ŕöûţíñé áš çûŕŕéñţĺý šéţ ẋẋẋ ẋẋẋ]</translation>
    </message>
    <message>
        <source>{name}: {dose}</source>
        <translation>[{name}: {dose}]</translation>
    </message>
    <message>
        <source>{name}: not in the routine</source>
        <translation>[{name}: ñöţ íñ ţĥé ŕöûţíñé ẋẋẋ ẋ]</translation>
    </message>
    <message>
        <source>{doses}. Each exercise on both legs; {start_side}. Tempo: move {move} s, move back {release} s; {rest} s rest between legs and exercises. A session takes {length}.</source>
        <translation>[{doses}. Éáçĥ éẋéŕçíšé öñ ƀöţĥ ĺéğš; {start_side}. Ţéɱþö: ɱöṽé {move} š, ɱöṽé ƀáçķ {release} š; {rest} š ŕéšţ ƀéţŵééñ ĺéğš áñđ éẋéŕçíšéš. Á šéššíöñ ţáķéš {length}. ẋẋẋ ẋẋ ẋẋẋẋ ẋ ẋẋẋ ẋẋ ẋẋẋẋ ẋ ẋẋẋ ẋẋ ẋẋẋẋẋ]</translation>
    </message>
    <message>
        <source>Pain after sessions (0 no pain, 10 worst imaginable)</source>
        <translation>[Þáíñ áƒţéŕ šéššíöñš (0 ñö þáíñ, 10 ŵöŕšţ íɱáğíñáƀĺé) ẋẋẋ ẋẋ ẋẋẋẋ ẋ ẋẋ]</translation>
    </message>
    <message>
        <source>Week by week</source>
        <translation>[Ŵééķ ƀý ŵééķ ẋẋ]</translation>
    </message>
    <message>
        <source>Week from</source>
        <translation>[Ŵééķ ƒŕöɱ ẋ]</translation>
    </message>
    <message>
        <source>Finished</source>
        <translation>[Ƒíñíšĥéđẋ]</translation>
    </message>
    <message>
        <source>Stopped early</source>
        <translation>[Šţöþþéđ éáŕĺý ẋẋ]</translation>
    </message>
    <message>
        <source>Goal met</source>
        <translation>[Ğöáĺ ɱéţẋ]</translation>
    </message>
    <message>
        <source>Pain (mean)</source>
        <translation>[Þáíñ (ɱéáñ) ẋ]</translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation>[Ṁíñûţéšẋ]</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>[ýéš]</translation>
    </message>
    <message>
        <source>no</source>
        <translation>[ñö]</translation>
    </message>
    <message numerus="yes">
        <source>%n earlier note(s)</source>
        <translation>
            <numerusform>[%n éáŕĺíéŕ ñöţé(š) ẋẋẋ]</numerusform>
            <numerusform>[%n éáŕĺíéŕ ñöţé(š) ẋẋẋ]</numerusform>
        </translation>
    </message>
    <message>
        <source>Notes from check-ins</source>
        <translation>[Ñöţéš ƒŕöɱ çĥéçķ-íñš ẋẋẋẋ]</translation>
    </message>
    <message numerus="yes">
        <source>%n earlier note(s) in the exported history (File &gt; Export history).</source>
        <translation>
            <numerusform>[%n éáŕĺíéŕ ñöţé(š) íñ ţĥé éẋþöŕţéđ ĥíšţöŕý (Ƒíĺé &gt; Éẋþöŕţ ĥíšţöŕý). ẋẋẋ ẋẋ ẋẋẋẋ ẋ ẋẋẋ ẋẋẋ]</numerusform>
            <numerusform>[%n éáŕĺíéŕ ñöţé(š) íñ ţĥé éẋþöŕţéđ ĥíšţöŕý (Ƒíĺé &gt; Éẋþöŕţ ĥíšţöŕý). ẋẋẋ ẋẋ ẋẋẋẋ ẋ ẋẋẋ ẋẋẋ]</numerusform>
        </translation>
    </message>
    <message>
        <source>{day}: pain {pain}/10 [{where}] {note}</source>
        <translation>[{day}: þáíñ {pain}/10 [{where}] {note} ẋẋẋẋ]</translation>
    </message>
    <message>
        <source>{day}: pain {pain}/10 {note}</source>
        <translation>[{day}: þáíñ {pain}/10 {note} ẋẋ]</translation>
    </message>
    <message>
        <source>{day}: {note}</source>
        <translation>[{day}: {note}]</translation>
    </message>
    <message>
        <source>Recorded by the user with Piriformis Desktop, a guided home routine. Pain is self-rated on the 0-10 numeric rating scale after each session.</source>
        <translation>[Ŕéçöŕđéđ ƀý ţĥé ûšéŕ ŵíţĥ Þíŕíƒöŕɱíš Đéšķţöþ, á ğûíđéđ ĥöɱé ŕöûţíñé. Þáíñ íš šéĺƒ-ŕáţéđ öñ ţĥé 0-10 ñûɱéŕíç ŕáţíñğ šçáĺé áƒţéŕ éáçĥ šéššíöñ. ẋẋẋ ẋẋ ẋẋẋẋ ẋ ẋẋẋ ẋẋ ẋẋẋẋ ẋ ẋẋẋ ẋẋ ẋẋẋẋ ẋ ẋẋẋẋ]</translation>
    </message>
    <message>
        <source>Print progress report</source>
        <translation>[Þŕíñţ þŕöğŕéšš ŕéþöŕţ ẋẋẋ ẋ]</translation>
    </message>
</context>
<context>
    <name>RoutineSheet</name>
    <message>
        <source>Printed {date}</source>
        <translation>[Þŕíñţéđ {date} ẋ]</translation>
    </message>
    <message>
        <source>Your routine</source>
        <translation>[Ýöûŕ ŕöûţíñé ẋẋ]</translation>
    </message>
    <message numerus="yes">
        <source>Each exercise on both legs: {start_side}. Rep tempo: move {move} s, hold, move back {release} s. {ready} s to get ready before each exercise, {rest} s rest between legs and between exercises. A session takes {length}. Goal: %n session(s) a week.</source>
        <translation>
            <numerusform>[Éáçĥ éẋéŕçíšé öñ ƀöţĥ ĺéğš: {start_side}. Ŕéþ ţéɱþö: ɱöṽé {move} š, ĥöĺđ, ɱöṽé ƀáçķ {release} š. {ready} š ţö ğéţ ŕéáđý ƀéƒöŕé éáçĥ éẋéŕçíšé, {rest} š ŕéšţ ƀéţŵééñ ĺéğš áñđ ƀéţŵééñ éẋéŕçíšéš. Á šéššíöñ ţáķéš {length}. Ğöáĺ: %n šéššíöñ(š) á ŵééķ. ẋẋẋ ẋẋ ẋẋẋẋ ẋ ẋẋẋ ẋẋ ẋẋẋẋ ẋ ẋẋẋ ẋẋ ẋẋẋẋ ẋ ẋẋẋ ẋẋ ẋẋẋẋ ẋ ẋẋẋ ẋẋ ẋẋẋẋẋ]</numerusform>
            <numerusform>[Éáçĥ éẋéŕçíšé öñ ƀöţĥ ĺéğš: {start_side}. Ŕéþ ţéɱþö: ɱöṽé {move} š, ĥöĺđ, ɱöṽé ƀáçķ {release} š. {ready} š ţö ğéţ ŕéáđý ƀéƒöŕé éáçĥ éẋéŕçíšé, {rest} š ŕéšţ ƀéţŵééñ ĺéğš áñđ ƀéţŵééñ éẋéŕçíšéš. Á šéššíöñ ţáķéš {length}. Ğöáĺ: %n šéššíöñ(š) á ŵééķ. ẋẋẋ ẋẋ ẋẋẋẋ ẋ ẋẋẋ ẋẋ ẋẋẋẋ ẋ ẋẋẋ ẋẋ ẋẋẋẋ ẋ ẋẋẋ ẋẋ ẋẋẋẋ ẋ ẋẋẋ ẋẋ ẋẋẋẋẋ]</numerusform>
        </translation>
    </message>
    <message>
        <source>Start: {position}</source>
        <translation>[Šţáŕţ: {position}ẋ]</translation>
    </message>
    <message>
        <source>Then the same with your left leg (the mirror image).</source>
        <translation>[Ţĥéñ ţĥé šáɱé ŵíţĥ ýöûŕ ĺéƒţ ĺéğ (ţĥé ɱíŕŕöŕ íɱáğé). ẋẋẋ ẋẋ ẋẋẋẋ ẋ ẋẋ]</translation>
    </message>
    <message>
        <source>Then the same with your right leg (the mirror image).</source>
        <translation>[Ţĥéñ ţĥé šáɱé ŵíţĥ ýöûŕ ŕíğĥţ ĺéğ (ţĥé ɱíŕŕöŕ íɱáğé). ẋẋẋ ẋẋ ẋẋẋẋ ẋ ẋẋ]</translation>
    </message>
    <message>
        <source>Equipment: {equipment}</source>
        <translation>[Éǫûíþɱéñţ: {equipment} ẋẋ]</translation>
    </message>
    <message>
        <source>Not in your routine: {names}.</source>
        <translation>[Ñöţ íñ ýöûŕ ŕöûţíñé: {names}. ẋẋẋ ẋẋ]</translation>
    </message>
    <message>
        <source>Safety</source>
        <translation>[Šáƒéţýẋ]</translation>
    </message>
    <message>
        <source>Based on {source} ({year}) by {authors}, {description}; instructions in our own words. {reconstructed}</source>
        <translation>[Ɓášéđ öñ {source} ({year}) ƀý {authors}, {description}; íñšţŕûçţíöñš íñ öûŕ öŵñ ŵöŕđš. {reconstructed} ẋẋẋ ẋẋ ẋẋẋẋ ẋ ẋẋẋ]</translation>
    </message>
    <message>
        <source>Your log: four weeks</source>
        <translation>[Ýöûŕ ĺöğ: ƒöûŕ ŵééķš ẋẋẋẋ]</translation>
    </message>
    <message numerus="yes">
        <source>Tick each exercise on the days you do it; aim for %n session(s) a week. Write your pain from 0 (no pain) to 10 (worst imaginable) after each session, and bring this sheet to your physiotherapist.</source>
        <translation>
            <numerusform>[Ţíçķ éáçĥ éẋéŕçíšé öñ ţĥé đáýš ýöû đö íţ; áíɱ ƒöŕ %n šéššíöñ(š) á ŵééķ. Ŵŕíţé ýöûŕ þáíñ ƒŕöɱ 0 (ñö þáíñ) ţö 10 (ŵöŕšţ íɱáğíñáƀĺé) áƒţéŕ éáçĥ šéššíöñ, áñđ ƀŕíñğ ţĥíš šĥééţ ţö ýöûŕ þĥýšíöţĥéŕáþíšţ. ẋẋẋ ẋẋ ẋẋẋẋ ẋ ẋẋẋ ẋẋ ẋẋẋẋ ẋ ẋẋẋ ẋẋ ẋẋẋẋ ẋ ẋẋẋ ẋẋ ẋẋẋẋ ẋ ẋẋẋ ẋẋ ẋẋ]</numerusform>
            <numerusform>[Ţíçķ éáçĥ éẋéŕçíšé öñ ţĥé đáýš ýöû đö íţ; áíɱ ƒöŕ %n šéššíöñ(š) á ŵééķ. Ŵŕíţé ýöûŕ þáíñ ƒŕöɱ 0 (ñö þáíñ) ţö 10 (ŵöŕšţ íɱáğíñáƀĺé) áƒţéŕ éáçĥ šéššíöñ, áñđ ƀŕíñğ ţĥíš šĥééţ ţö ýöûŕ þĥýšíöţĥéŕáþíšţ. ẋẋẋ ẋẋ ẋẋẋẋ ẋ ẋẋẋ ẋẋ ẋẋẋẋ ẋ ẋẋẋ ẋẋ ẋẋẋẋ ẋ ẋẋẋ ẋẋ ẋẋẋẋ ẋ ẋẋẋ ẋẋ ẋẋ]</numerusform>
        </translation>
    </message>
    <message>
        <source>Mon</source>
        <translation>[Ṁöñ]</translation>
    </message>
    <message>
        <source>Tue</source>
        <translation>[Ţûé]</translation>
    </message>
    <message>
        <source>Wed</source>
        <translation>[Ŵéđ]</translation>
    </message>
    <message>
        <source>Thu</source>
        <translation>[Ţĥû]</translation>
    </message>
    <message>
        <source>Fri</source>
        <translation>[Ƒŕí]</translation>
    </message>
    <message>
        <source>Sat</source>
        <translation>[Šáţ]</translation>
    </message>
    <message>
        <source>Sun</source>
        <translation>[Šûñ]</translation>
    </message>
    <message>
        <source>Pain (0-10)</source>
        <translation>[Þáíñ (0-10) ẋ]</translation>
    </message>
    <message>
        <source>Week {number}  ·  from {date}  ·  sessions: ____ of {goal}</source>
        <translation>[Ŵééķ {number}  ·  ƒŕöɱ {date}  ·  šéššíöñš: ____ öƒ {goal} ẋẋẋ ẋẋ ẋẋẋẋẋ]</translation>
    </message>
    <message>
        <source>Notes for my physiotherapist</source>
        <translation>[Ñöţéš ƒöŕ ɱý þĥýšíöţĥéŕáþíšţ ẋẋẋ ẋẋẋ]</translation>
    </message>
    <message>
        <source>Print routine sheet</source>
        <translation>[Þŕíñţ ŕöûţíñé šĥééţ ẋẋẋẋ]</translation>
    </message>
</context>
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
<context>
    <name>WeekDetail</name>
    <message>
        <source>This week of {day}: no sessions yet.</source>
        <translation>[Ţĥíš ŵééķ öƒ {day}: ñö šéššíöñš ýéţ. ẋẋẋ ẋẋ ẋẋ]</translation>
    </message>
    <message>
        <source>Week of {day}: no sessions.</source>
        <translation>[Ŵééķ öƒ {day}: ñö šéššíöñš. ẋẋẋ ẋẋ]</translation>
    </message>
    <message>
        <source>This week of {day}: {done} of {goal} finished</source>
        <translation>[Ţĥíš ŵééķ öƒ {day}: {done} öƒ {goal} ƒíñíšĥéđ ẋẋẋ ẋẋ ẋ]</translation>
    </message>
    <message>
        <source>Week of {day}: {done} of {goal} finished</source>
        <translation>[Ŵééķ öƒ {day}: {done} öƒ {goal} ƒíñíšĥéđ ẋẋẋ ẋẋẋ]</translation>
    </message>
    <message>
        <source> — goal met ★</source>
        <translation>[ — ğöáĺ ɱéţ ★ ẋẋ]</translation>
    </message>
    <message numerus="yes">
        <source>, %n stopped early</source>
        <translation>
            <numerusform>[, %n šţöþþéđ éáŕĺý ẋẋẋ]</numerusform>
            <numerusform>[, %n šţöþþéđ éáŕĺý ẋẋẋ]</numerusform>
        </translation>
    </message>
    <message>
        <source>left leg first</source>
        <translation>[ĺéƒţ ĺéğ ƒíŕšţ ẋẋ]</translation>
    </message>
    <message>
        <source>right leg first</source>
        <translation>[ŕíğĥţ ĺéğ ƒíŕšţ ẋẋẋ]</translation>
    </message>
    <message>
        <source>• {when}, {clock}: finished, {minutes} min, {side}</source>
        <translation>[• {when}, {clock}: ƒíñíšĥéđ, {minutes} ɱíñ, {side} ẋẋẋ ẋẋẋ]</translation>
    </message>
    <message>
        <source>• {when}, {clock}: stopped early after {done} of {total} exercises, {minutes} min, {side}</source>
        <translation>[• {when}, {clock}: šţöþþéđ éáŕĺý áƒţéŕ {done} öƒ {total} éẋéŕçíšéš, {minutes} ɱíñ, {side} ẋẋẋ ẋẋ ẋẋẋẋ ẋ ẋẋ]</translation>
    </message>
</context>
<context>
    <name>Words</name>
    <message numerus="yes">
        <source>%n rep(s) each leg, hold {hold} s</source>
        <translation>
            <numerusform>[%n ŕéþ(š) éáçĥ ĺéğ, ĥöĺđ {hold} š ẋẋẋ ẋẋẋ]</numerusform>
            <numerusform>[%n ŕéþ(š) éáçĥ ĺéğ, ĥöĺđ {hold} š ẋẋẋ ẋẋẋ]</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n rep(s) each leg, no hold</source>
        <translation>
            <numerusform>[%n ŕéþ(š) éáçĥ ĺéğ, ñö ĥöĺđ ẋẋẋ ẋẋẋ]</numerusform>
            <numerusform>[%n ŕéþ(š) éáçĥ ĺéğ, ñö ĥöĺđ ẋẋẋ ẋẋẋ]</numerusform>
        </translation>
    </message>
    <message>
        <source>alternate the starting leg each session</source>
        <translation>[áĺţéŕñáţé ţĥé šţáŕţíñğ ĺéğ éáçĥ šéššíöñ ẋẋẋ ẋẋ ẋẋẋẋ]</translation>
    </message>
    <message>
        <source>start with the left leg</source>
        <translation>[šţáŕţ ŵíţĥ ţĥé ĺéƒţ ĺéğ ẋẋẋ ẋẋ]</translation>
    </message>
    <message>
        <source>start with the right leg</source>
        <translation>[šţáŕţ ŵíţĥ ţĥé ŕíğĥţ ĺéğ ẋẋẋ ẋẋ]</translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s)</source>
        <translation>
            <numerusform>[%n ɱíñûţé(š) ẋ]</numerusform>
            <numerusform>[%n ɱíñûţé(š) ẋ]</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n session(s)</source>
        <translation>
            <numerusform>[%n šéššíöñ(š) ẋẋ]</numerusform>
            <numerusform>[%n šéššíöñ(š) ẋẋ]</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n week(s)</source>
        <translation>
            <numerusform>[%n ŵééķ(š) ẋ]</numerusform>
            <numerusform>[%n ŵééķ(š) ẋ]</numerusform>
        </translation>
    </message>
    <message>
        <source>No pain check-ins yet: after a session, note how much it hurts to see a trend here.</source>
        <translation>[Ñö þáíñ çĥéçķ-íñš ýéţ: áƒţéŕ á šéššíöñ, ñöţé ĥöŵ ɱûçĥ íţ ĥûŕţš ţö šéé á ţŕéñđ ĥéŕé. ẋẋẋ ẋẋ ẋẋẋẋ ẋ ẋẋẋ ẋẋ ẋẋẋẋ ẋ]</translation>
    </message>
    <message>
        <source>Not enough check-ins yet for a trend ({count} of the {needed} needed).</source>
        <translation>[Ñöţ éñöûğĥ çĥéçķ-íñš ýéţ ƒöŕ á ţŕéñđ ({count} öƒ ţĥé {needed} ñééđéđ). ẋẋẋ ẋẋ ẋẋẋẋ ẋ ẋẋẋ]</translation>
    </message>
    <message numerus="yes">
        <source>Pain trend from %n check-in(s): too early to tell until they span at least a week.</source>
        <translation>
            <numerusform>[Þáíñ ţŕéñđ ƒŕöɱ %n çĥéçķ-íñ(š): ţöö éáŕĺý ţö ţéĺĺ ûñţíĺ ţĥéý šþáñ áţ ĺéášţ á ŵééķ. ẋẋẋ ẋẋ ẋẋẋẋ ẋ ẋẋẋ ẋẋ ẋẋẋẋẋ]</numerusform>
            <numerusform>[Þáíñ ţŕéñđ ƒŕöɱ %n çĥéçķ-íñ(š): ţöö éáŕĺý ţö ţéĺĺ ûñţíĺ ţĥéý šþáñ áţ ĺéášţ á ŵééķ. ẋẋẋ ẋẋ ẋẋẋẋ ẋ ẋẋẋ ẋẋ ẋẋẋẋẋ]</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Pain trend from %n check-in(s): now about {now} of 10, lower than at the start ({start}).</source>
        <translation>
            <numerusform>[Þáíñ ţŕéñđ ƒŕöɱ %n çĥéçķ-íñ(š): ñöŵ áƀöûţ {now} öƒ 10, ĺöŵéŕ ţĥáñ áţ ţĥé šţáŕţ ({start}). ẋẋẋ ẋẋ ẋẋẋẋ ẋ ẋẋẋ ẋẋ ẋẋẋẋ]</numerusform>
            <numerusform>[Þáíñ ţŕéñđ ƒŕöɱ %n çĥéçķ-íñ(š): ñöŵ áƀöûţ {now} öƒ 10, ĺöŵéŕ ţĥáñ áţ ţĥé šţáŕţ ({start}). ẋẋẋ ẋẋ ẋẋẋẋ ẋ ẋẋẋ ẋẋ ẋẋẋẋ]</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Pain trend from %n check-in(s): now about {now} of 10, slightly lower than at the start ({start}).</source>
        <translation>
            <numerusform>[Þáíñ ţŕéñđ ƒŕöɱ %n çĥéçķ-íñ(š): ñöŵ áƀöûţ {now} öƒ 10, šĺíğĥţĺý ĺöŵéŕ ţĥáñ áţ ţĥé šţáŕţ ({start}). ẋẋẋ ẋẋ ẋẋẋẋ ẋ ẋẋẋ ẋẋ ẋẋẋẋ ẋẋ]</numerusform>
            <numerusform>[Þáíñ ţŕéñđ ƒŕöɱ %n çĥéçķ-íñ(š): ñöŵ áƀöûţ {now} öƒ 10, šĺíğĥţĺý ĺöŵéŕ ţĥáñ áţ ţĥé šţáŕţ ({start}). ẋẋẋ ẋẋ ẋẋẋẋ ẋ ẋẋẋ ẋẋ ẋẋẋẋ ẋẋ]</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Pain trend from %n check-in(s): now about {now} of 10, slightly higher than at the start ({start}).</source>
        <translation>
            <numerusform>[Þáíñ ţŕéñđ ƒŕöɱ %n çĥéçķ-íñ(š): ñöŵ áƀöûţ {now} öƒ 10, šĺíğĥţĺý ĥíğĥéŕ ţĥáñ áţ ţĥé šţáŕţ ({start}). ẋẋẋ ẋẋ ẋẋẋẋ ẋ ẋẋẋ ẋẋ ẋẋẋẋ ẋẋ]</numerusform>
            <numerusform>[Þáíñ ţŕéñđ ƒŕöɱ %n çĥéçķ-íñ(š): ñöŵ áƀöûţ {now} öƒ 10, šĺíğĥţĺý ĥíğĥéŕ ţĥáñ áţ ţĥé šţáŕţ ({start}). ẋẋẋ ẋẋ ẋẋẋẋ ẋ ẋẋẋ ẋẋ ẋẋẋẋ ẋẋ]</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Pain trend from %n check-in(s): now about {now} of 10, higher than at the start ({start}).</source>
        <translation>
            <numerusform>[Þáíñ ţŕéñđ ƒŕöɱ %n çĥéçķ-íñ(š): ñöŵ áƀöûţ {now} öƒ 10, ĥíğĥéŕ ţĥáñ áţ ţĥé šţáŕţ ({start}). ẋẋẋ ẋẋ ẋẋẋẋ ẋ ẋẋẋ ẋẋ ẋẋẋẋ]</numerusform>
            <numerusform>[Þáíñ ţŕéñđ ƒŕöɱ %n çĥéçķ-íñ(š): ñöŵ áƀöûţ {now} öƒ 10, ĥíğĥéŕ ţĥáñ áţ ţĥé šţáŕţ ({start}). ẋẋẋ ẋẋ ẋẋẋẋ ẋ ẋẋẋ ẋẋ ẋẋẋẋ]</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Pain trend from %n check-in(s): now about {now} of 10, the same as at the start.</source>
        <translation>
            <numerusform>[Þáíñ ţŕéñđ ƒŕöɱ %n çĥéçķ-íñ(š): ñöŵ áƀöûţ {now} öƒ 10, ţĥé šáɱé áš áţ ţĥé šţáŕţ. ẋẋẋ ẋẋ ẋẋẋẋ ẋ ẋẋẋ ẋẋ ẋẋẋ]</numerusform>
            <numerusform>[Þáíñ ţŕéñđ ƒŕöɱ %n çĥéçķ-íñ(š): ñöŵ áƀöûţ {now} öƒ 10, ţĥé šáɱé áš áţ ţĥé šţáŕţ. ẋẋẋ ẋẋ ẋẋẋẋ ẋ ẋẋẋ ẋẋ ẋẋẋ]</numerusform>
        </translation>
    </message>
</context>
</TS>
