<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>ApplyDialog</name>
    <message numerus="yes">
        <source>From {file}. %n setting(s) change; the others are already as prescribed.</source>
        <translation>
            <numerusform>From {file}. %n setting change; the others are already as prescribed.</numerusform>
            <numerusform>From {file}. %n settings change; the others are already as prescribed.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Card</name>
    <message numerus="yes">
        <source>%n rep(s) each leg</source>
        <translation>
            <numerusform>%n rep each leg</numerusform>
            <numerusform>%n reps each leg</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n rep(s) with the left leg</source>
        <translation>
            <numerusform>%n rep with the left leg</numerusform>
            <numerusform>%n reps with the left leg</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n rep(s) with the right leg</source>
        <translation>
            <numerusform>%n rep with the right leg</numerusform>
            <numerusform>%n reps with the right leg</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Resuming in %n second(s).</source>
        <translation>
            <numerusform>Resuming in %n second.</numerusform>
            <numerusform>Resuming in %n seconds.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DayStrip</name>
    <message numerus="yes">
        <source>Sessions day by day, last %n week(s)</source>
        <translation>
            <numerusform>Sessions day by day, last %n week</numerusform>
            <numerusform>Sessions day by day, last %n weeks</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DoseStepWords</name>
    <message numerus="yes">
        <source>%n finished session(s) in a row at this dose with pain after at most {ceiling} of 10 and no safety flag.</source>
        <translation>
            <numerusform>%n finished session in a row at this dose with pain after at most {ceiling} of 10 and no safety flag.</numerusform>
            <numerusform>%n finished sessions in a row at this dose with pain after at most {ceiling} of 10 and no safety flag.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>GoalGroup</name>
    <message numerus="yes">
        <source>%n session(s) a week</source>
        <translation>
            <numerusform>%n session a week</numerusform>
            <numerusform>%n sessions a week</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>HistoryCommands</name>
    <message numerus="yes">
        <source>Exported %n session(s) to {path}</source>
        <translation>
            <numerusform>Exported %n session to {path}</numerusform>
            <numerusform>Exported %n sessions to {path}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Imported %n session(s) from {path} ({duplicates} already there).</source>
        <translation>
            <numerusform>Imported %n session from {path} ({duplicates} already there).</numerusform>
            <numerusform>Imported %n sessions from {path} ({duplicates} already there).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>HistoryCsv</name>
    <message numerus="yes">
        <source>line {line}: missing column(s) {missing}; an export has: {columns}.</source>
        <translation>
            <numerusform>line {line}: missing column {missing}; an export has: {columns}.</numerusform>
            <numerusform>line {line}: missing columns {missing}; an export has: {columns}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>line {line}: expected %n value(s), found {found}.</source>
        <translation>
            <numerusform>line {line}: expected %n value, found {found}.</numerusform>
            <numerusform>line {line}: expected %n values, found {found}.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>HistoryTransfer</name>
    <message numerus="yes">
        <source>Exported %n session(s) to {path}.</source>
        <translation>
            <numerusform>Exported %n session to {path}.</numerusform>
            <numerusform>Exported %n sessions to {path}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Imported {sessions} from {path} (%n were already here).</source>
        <translation>
            <numerusform>Imported {sessions} from {path} (%n were already here).</numerusform>
            <numerusform>Imported {sessions} from {path} (%n were already here).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Imported %n session(s) from {path}.</source>
        <translation>
            <numerusform>Imported %n session from {path}.</numerusform>
            <numerusform>Imported %n sessions from {path}.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>NumbersPanel</name>
    <message numerus="yes">
        <source>this week — %n to go</source>
        <translation type="vanished">
            <numerusform>this week — %n to go</numerusform>
            <numerusform>this week — %n to go</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Last %n week(s), day by day</source>
        <translation>
            <numerusform>Last %n week, day by day</numerusform>
            <numerusform>Last %n weeks, day by day</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>this week — goal of %n met ✓</source>
        <translation>
            <numerusform>this week — goal of %n met ✓</numerusform>
            <numerusform>this week — goal of %n met ✓</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>this week — %n more to reach your goal of {goal}</source>
        <translation>
            <numerusform>this week — %n more to reach your goal of {goal}</numerusform>
            <numerusform>this week — %n more to reach your goal of {goal}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>finished, %n stopped early</source>
        <translation>
            <numerusform>finished, %n stopped early</numerusform>
            <numerusform>finished, %n stopped early</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>minute(s) exercised</source>
        <translation>
            <numerusform>minute exercised</numerusform>
            <numerusform>minutes exercised</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PlayerCard</name>
    <message numerus="yes">
        <source>%n seconds left</source>
        <translation type="vanished">
            <numerusform>%n seconds left</numerusform>
            <numerusform>%n seconds left</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n second(s) left</source>
        <translation>
            <numerusform>%n second left</numerusform>
            <numerusform>%n seconds left</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ProgressReport</name>
    <message numerus="yes">
        <source>{title}: since {first}, %n week(s)</source>
        <translation>
            <numerusform>{title}: since {first}, %n week</numerusform>
            <numerusform>{title}: since {first}, %n weeks</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{title}: {first} to {end} (%n week(s))</source>
        <translation>
            <numerusform>{title}: {first} to {end} (%n week)</numerusform>
            <numerusform>{title}: {first} to {end} (%n weeks)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Adherence since {first}: {percent}% of the goal&apos;s sessions; the goal was met in {met} of %n week(s).</source>
        <translation>
            <numerusform>Adherence since {first}: {percent}% of the goal&apos;s sessions; the goal was met in {met} of %n week.</numerusform>
            <numerusform>Adherence since {first}: {percent}% of the goal&apos;s sessions; the goal was met in {met} of %n weeks.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n session(s) finished and {stopped} stopped early in {weeks}.</source>
        <translation>
            <numerusform>%n session finished and {stopped} stopped early in {weeks}.</numerusform>
            <numerusform>%n sessions finished and {stopped} stopped early in {weeks}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Goal: %n a week.</source>
        <translation>
            <numerusform>Goal: %n a week.</numerusform>
            <numerusform>Goal: %n a week.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n earlier flag(s) in this period, not listed.</source>
        <translation>
            <numerusform>%n earlier flag in this period, not listed.</numerusform>
            <numerusform>%n earlier flags in this period, not listed.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Adherence: {percent}% of the goal&apos;s sessions; the goal was met in {met} of %n week(s).</source>
        <translation type="vanished">
            <numerusform>Adherence: {percent}% of the goal&apos;s sessions; the goal was met in {met} of %n week.</numerusform>
            <numerusform>Adherence: {percent}% of the goal&apos;s sessions; the goal was met in {met} of %n weeks.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n earlier note(s)</source>
        <translation>
            <numerusform>%n earlier note</numerusform>
            <numerusform>%n earlier notes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n earlier note(s) in the exported history (File &gt; Export history).</source>
        <translation>
            <numerusform>%n earlier note in the exported history (File &gt; Export history).</numerusform>
            <numerusform>%n earlier notes in the exported history (File &gt; Export history).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Wrote the progress report for %n week(s) ({sessions} in the history) to {path}.</source>
        <translation>
            <numerusform>Wrote the progress report for %n week ({sessions} in the history) to {path}.</numerusform>
            <numerusform>Wrote the progress report for %n weeks ({sessions} in the history) to {path}.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RangeWords</name>
    <message numerus="yes">
        <source>Last %n week(s)</source>
        <translation>
            <numerusform>Last %n week</numerusform>
            <numerusform>Last %n weeks</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Show the last %n week(s)</source>
        <translation>
            <numerusform>Show the last %n week</numerusform>
            <numerusform>Show the last %n weeks</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReviewDate</name>
    <message numerus="yes">
        <source>Review by {date} (in %n day(s)).</source>
        <translation>
            <numerusform>Review by {date} (in %n day).</numerusform>
            <numerusform>Review by {date} (in %n days).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RoutineSheet</name>
    <message numerus="yes">
        <source>Each exercise on both legs: {start_side}. Rep tempo: move {move} s, hold, move back {release} s. {ready} s to get ready before each exercise, {rest} s rest between legs and between exercises. A session takes {length}. Goal: %n session(s) a week.</source>
        <translation>
            <numerusform>Each exercise on both legs: {start_side}. Rep tempo: move {move} s, hold, move back {release} s. {ready} s to get ready before each exercise, {rest} s rest between legs and between exercises. A session takes {length}. Goal: %n session a week.</numerusform>
            <numerusform>Each exercise on both legs: {start_side}. Rep tempo: move {move} s, hold, move back {release} s. {ready} s to get ready before each exercise, {rest} s rest between legs and between exercises. A session takes {length}. Goal: %n sessions a week.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Tick each exercise on the days you do it; aim for %n session(s) a week. Write your pain from 0 (no pain) to 10 (worst imaginable) after each session, and bring this sheet to your physiotherapist.</source>
        <translation>
            <numerusform>Tick each exercise on the days you do it; aim for %n session a week. Write your pain from 0 (no pain) to 10 (worst imaginable) after each session, and bring this sheet to your physiotherapist.</numerusform>
            <numerusform>Tick each exercise on the days you do it; aim for %n sessions a week. Write your pain from 0 (no pain) to 10 (worst imaginable) after each session, and bring this sheet to your physiotherapist.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SafetyFlag</name>
    <message numerus="yes">
        <source>No session for %n day(s). Start again gently, stop if the exercises make your pain worse, and ask your physiotherapist if your pain has changed.</source>
        <translation>
            <numerusform>No session for %n day. Start again gently, stop if the exercises make your pain worse, and ask your physiotherapist if your pain has changed.</numerusform>
            <numerusform>No session for %n days. Start again gently, stop if the exercises make your pain worse, and ask your physiotherapist if your pain has changed.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SessionJournal</name>
    <message numerus="yes">
        <source>%n session(s) that had not reached your history (interrupted, or not saved when they ended) are now in it.</source>
        <translation>
            <numerusform>%n session that had not reached your history (interrupted, or not saved when they ended) are now in it.</numerusform>
            <numerusform>%n sessions that had not reached your history (interrupted, or not saved when they ended) are now in it.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Your session of {date} was interrupted before it ended; it is kept in your history as not completed ({done} of %n exercise(s) done).</source>
        <translation type="vanished">
            <numerusform>Your session of {date} was interrupted before it ended; it is kept in your history as not completed ({done} of %n exercise done).</numerusform>
            <numerusform>Your session of {date} was interrupted before it ended; it is kept in your history as not completed ({done} of %n exercises done).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Your session of {date} was interrupted before it ended; it is kept in your history as stopped early ({done} of %n exercise(s) done).</source>
        <translation>
            <numerusform>Your session of {date} was interrupted before it ended; it is kept in your history as stopped early ({done} of %n exercise done).</numerusform>
            <numerusform>Your session of {date} was interrupted before it ended; it is kept in your history as stopped early ({done} of %n exercises done).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SettingsFile</name>
    <message numerus="yes">
        <source>{first} and %n more</source>
        <translation>
            <numerusform>{first} and %n more</numerusform>
            <numerusform>{first} and %n more</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SettingsPane</name>
    <message numerus="yes">
        <source>%n rep(s)</source>
        <translation>
            <numerusform>%n rep</numerusform>
            <numerusform>%n reps</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n session(s) a week</source>
        <translation type="vanished">
            <numerusform>%n session a week</numerusform>
            <numerusform>%n sessions a week</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n s</source>
        <translation>
            <numerusform>%n s</numerusform>
            <numerusform>%n s</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>WeekDetail</name>
    <message numerus="yes">
        <source>This week of {day}: {done} of {goal} finished — goal met ★, %n stopped early</source>
        <translation>
            <numerusform>This week of {day}: {done} of {goal} finished — goal met ★, %n stopped early</numerusform>
            <numerusform>This week of {day}: {done} of {goal} finished — goal met ★, %n stopped early</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>This week of {day}: {done} of {goal} finished, %n stopped early</source>
        <translation>
            <numerusform>This week of {day}: {done} of {goal} finished, %n stopped early</numerusform>
            <numerusform>This week of {day}: {done} of {goal} finished, %n stopped early</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Week of {day}: {done} of {goal} finished — goal met ★, %n stopped early</source>
        <translation>
            <numerusform>Week of {day}: {done} of {goal} finished — goal met ★, %n stopped early</numerusform>
            <numerusform>Week of {day}: {done} of {goal} finished — goal met ★, %n stopped early</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Week of {day}: {done} of {goal} finished, %n stopped early</source>
        <translation>
            <numerusform>Week of {day}: {done} of {goal} finished, %n stopped early</numerusform>
            <numerusform>Week of {day}: {done} of {goal} finished, %n stopped early</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Words</name>
    <message numerus="yes">
        <source>%n rep(s) each leg, hold {hold} s</source>
        <translation>
            <numerusform>%n rep each leg, hold {hold} s</numerusform>
            <numerusform>%n reps each leg, hold {hold} s</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n rep(s) each leg, no hold</source>
        <translation>
            <numerusform>%n rep each leg, no hold</numerusform>
            <numerusform>%n reps each leg, no hold</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s)</source>
        <translation>
            <numerusform>%n minute</numerusform>
            <numerusform>%n minutes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n session(s)</source>
        <translation>
            <numerusform>%n session</numerusform>
            <numerusform>%n sessions</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n week(s)</source>
        <translation>
            <numerusform>%n week</numerusform>
            <numerusform>%n weeks</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Pain trend from %n check-in(s): too early to tell until they span at least a week.</source>
        <translation>
            <numerusform>Pain trend from %n check-in: too early to tell until they span at least a week.</numerusform>
            <numerusform>Pain trend from %n check-ins: too early to tell until they span at least a week.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Pain trend from %n check-in(s): now about {now} of 10, lower than at the start ({start}).</source>
        <translation>
            <numerusform>Pain trend from %n check-in: now about {now} of 10, lower than at the start ({start}).</numerusform>
            <numerusform>Pain trend from %n check-ins: now about {now} of 10, lower than at the start ({start}).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Pain trend from %n check-in(s): now about {now} of 10, slightly lower than at the start ({start}).</source>
        <translation>
            <numerusform>Pain trend from %n check-in: now about {now} of 10, slightly lower than at the start ({start}).</numerusform>
            <numerusform>Pain trend from %n check-ins: now about {now} of 10, slightly lower than at the start ({start}).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Pain trend from %n check-in(s): now about {now} of 10, slightly higher than at the start ({start}).</source>
        <translation>
            <numerusform>Pain trend from %n check-in: now about {now} of 10, slightly higher than at the start ({start}).</numerusform>
            <numerusform>Pain trend from %n check-ins: now about {now} of 10, slightly higher than at the start ({start}).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Pain trend from %n check-in(s): now about {now} of 10, higher than at the start ({start}).</source>
        <translation>
            <numerusform>Pain trend from %n check-in: now about {now} of 10, higher than at the start ({start}).</numerusform>
            <numerusform>Pain trend from %n check-ins: now about {now} of 10, higher than at the start ({start}).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Pain trend from %n check-in(s): now about {now} of 10, the same as at the start.</source>
        <translation>
            <numerusform>Pain trend from %n check-in: now about {now} of 10, the same as at the start.</numerusform>
            <numerusform>Pain trend from %n check-ins: now about {now} of 10, the same as at the start.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cls</name>
    <message numerus="yes">
        <source>No session for %n day(s). Start again gently, stop if the exercises make your pain worse, and ask your physiotherapist if your pain has changed.</source>
        <translation type="vanished">
            <numerusform>No session for %n day. Start again gently, stop if the exercises make your pain worse, and ask your physiotherapist if your pain has changed.</numerusform>
            <numerusform>No session for %n days. Start again gently, stop if the exercises make your pain worse, and ask your physiotherapist if your pain has changed.</numerusform>
        </translation>
    </message>
</context>
</TS>
