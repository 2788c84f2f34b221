<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru_RU">
<context>
    <name>Answers</name>
    <message>
        <location filename="../../desktop/views/answer_text.py" line="55"/>
        <source>Yes</source>
        <translation>Да</translation>
    </message>
    <message>
        <location filename="../../desktop/views/answer_text.py" line="56"/>
        <source>No</source>
        <translation>Нет</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/views/answer_text.py" line="102"/>
        <source>within %n month(s)</source>
        <translation>
            <numerusform>в пределах %n месяца</numerusform>
            <numerusform>в пределах %n месяцев</numerusform>
            <numerusform>в пределах %n месяцев</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/views/answer_text.py" line="104"/>
        <source>later than %n month(s)</source>
        <translation>
            <numerusform>позже чем через %n месяц</numerusform>
            <numerusform>позже чем через %n месяца</numerusform>
            <numerusform>позже чем через %n месяцев</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/views/answer_text.py" line="115"/>
        <source>%1: not answered</source>
        <translation>%1: нет ответа</translation>
    </message>
</context>
<context>
    <name>AssignTab</name>
    <message>
        <location filename="../../desktop/views/team_work_view.py" line="441"/>
        <source>Source</source>
        <translation>Источник</translation>
    </message>
    <message>
        <location filename="../../desktop/views/team_work_view.py" line="441"/>
        <source>Stage</source>
        <translation>Этап</translation>
    </message>
    <message>
        <location filename="../../desktop/views/team_work_view.py" line="441"/>
        <source>Temperature</source>
        <translation>Температура</translation>
    </message>
    <message>
        <location filename="../../desktop/views/team_work_view.py" line="442"/>
        <location filename="../../desktop/views/team_work_view.py" line="466"/>
        <source>Manager</source>
        <translation>Менеджер</translation>
    </message>
    <message>
        <location filename="../../desktop/views/team_work_view.py" line="442"/>
        <source>Event</source>
        <translation>Мероприятие</translation>
    </message>
    <message>
        <location filename="../../desktop/views/team_work_view.py" line="442"/>
        <source>Never called for</source>
        <translation>Без звонка дольше</translation>
    </message>
    <message>
        <location filename="../../desktop/views/team_work_view.py" line="445"/>
        <source>Any</source>
        <translation>Любой</translation>
    </message>
    <message>
        <location filename="../../desktop/views/team_work_view.py" line="457"/>
        <source>Unassigned</source>
        <translation>Не назначены</translation>
    </message>
    <message>
        <location filename="../../desktop/views/team_work_view.py" line="458"/>
        <source>over an hour</source>
        <translation>часа</translation>
    </message>
    <message>
        <location filename="../../desktop/views/team_work_view.py" line="458"/>
        <source>over a day</source>
        <translation>суток</translation>
    </message>
    <message>
        <location filename="../../desktop/views/team_work_view.py" line="459"/>
        <source>over 3 days</source>
        <translation>3 дней</translation>
    </message>
    <message>
        <location filename="../../desktop/views/team_work_view.py" line="459"/>
        <source>over a week</source>
        <translation>недели</translation>
    </message>
    <message>
        <location filename="../../desktop/views/team_work_view.py" line="462"/>
        <source>Refresh</source>
        <translation>Обновить</translation>
    </message>
    <message>
        <location filename="../../desktop/views/team_work_view.py" line="463"/>
        <source>Assign the selection</source>
        <translation>Назначить выбранные</translation>
    </message>
    <message>
        <location filename="../../desktop/views/team_work_view.py" line="464"/>
        <source>Assign the selection by the rules</source>
        <translation>Назначить выбранные по правилам</translation>
    </message>
    <message>
        <location filename="../../desktop/views/team_work_view.py" line="466"/>
        <source>Open leads</source>
        <translation>Открытые лиды</translation>
    </message>
    <message>
        <location filename="../../desktop/views/team_work_view.py" line="466"/>
        <source>Due today</source>
        <translation>Перезвонить сегодня</translation>
    </message>
    <message>
        <location filename="../../desktop/views/team_work_view.py" line="467"/>
        <source>Calls today</source>
        <translation>Звонков сегодня</translation>
    </message>
    <message>
        <location filename="../../desktop/views/team_work_view.py" line="467"/>
        <source>Conversations</source>
        <translation>Разговоров</translation>
    </message>
    <message>
        <location filename="../../desktop/views/team_work_view.py" line="467"/>
        <source>Qualified today</source>
        <translation>Квалифицировано сегодня</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/views/team_work_view.py" line="502"/>
        <source>%n lead(s) fit; the oldest %1 are shown.</source>
        <translation>
            <numerusform>Подходит %n лид; показаны самые старые: %1.</numerusform>
            <numerusform>Подходит %n лида; показаны самые старые: %1.</numerusform>
            <numerusform>Подходит %n лидов; показаны самые старые: %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/views/team_work_view.py" line="505"/>
        <source>%n lead(s) fit.</source>
        <translation>
            <numerusform>Подходит %n лид.</numerusform>
            <numerusform>Подходит %n лида.</numerusform>
            <numerusform>Подходит %n лидов.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/views/team_work_view.py" line="506"/>
        <source>%1 As of %2.</source>
        <translation>%1 По состоянию на %2.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/team_work_view.py" line="532"/>
        <source>%1 — %2 open, %3 due today</source>
        <translation>%1 — открытых: %2, перезвонить сегодня: %3</translation>
    </message>
    <message>
        <location filename="../../desktop/views/team_work_view.py" line="561"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/views/team_work_view.py" line="562"/>
        <source>%n lead(s) assigned</source>
        <translation>
            <numerusform>Назначен %n лид</numerusform>
            <numerusform>Назначено %n лида</numerusform>
            <numerusform>Назначено %n лидов</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/views/team_work_view.py" line="566"/>
        <source>%n lead(s) fit nobody&apos;s rules and stay</source>
        <translation>
            <numerusform>%n лид не подходит ни под чьи правила и остаётся на месте</numerusform>
            <numerusform>%n лида не подходят ни под чьи правила и остаются на месте</numerusform>
            <numerusform>%n лидов не подходят ни под чьи правила и остаются на месте</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CallFlow</name>
    <message>
        <location filename="../../desktop/views/call_flow.py" line="198"/>
        <source>No program handles %1 links; set a dialer command in Settings.</source>
        <translation>Нет программы для ссылок %1; укажите команду набора в настройках.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/call_flow.py" line="203"/>
        <source>The dialer could not start: %1</source>
        <translation>Не удалось запустить набор номера: %1</translation>
    </message>
</context>
<context>
    <name>CallNotes</name>
    <message>
        <location filename="../../desktop/views/call_notes.py" line="36"/>
        <source>&amp;Notes on this call</source>
        <translation>&amp;Заметки по звонку</translation>
    </message>
    <message>
        <location filename="../../desktop/views/call_notes.py" line="38"/>
        <source>Type while you talk; they are kept and go into the outcome form.</source>
        <translation>Пишите во время разговора — заметки сохраняются и попадут в форму итога.</translation>
    </message>
</context>
<context>
    <name>CapturePanel</name>
    <message>
        <location filename="../../ui/capture_panel.ui" line="7"/>
        <source>Consent</source>
        <translation>Согласие</translation>
    </message>
    <message>
        <location filename="../../ui/capture_panel.ui" line="7"/>
        <source>Agrees (Alt+G)</source>
        <translation>Согласен (Alt+G)</translation>
    </message>
    <message>
        <location filename="../../ui/capture_panel.ui" line="7"/>
        <source>Change the text…</source>
        <translation>Изменить текст…</translation>
    </message>
    <message>
        <location filename="../../ui/capture_panel.ui" line="7"/>
        <source>Enter saves and clears for the next visitor · Esc clears · Ctrl+Z undoes</source>
        <translation>Enter сохраняет и очищает форму для следующего посетителя · Esc очищает · Ctrl+Z отменяет</translation>
    </message>
    <message>
        <location filename="../../desktop/views/capture_panel.py" line="184"/>
        <source>None agreed</source>
        <translation>Не договорились</translation>
    </message>
    <message>
        <location filename="../../desktop/views/capture_panel.py" line="196"/>
        <source>Captured today: %1</source>
        <translation>Записано сегодня: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/views/capture_panel.py" line="251"/>
        <source>%1 (Ctrl+%2)</source>
        <translation>%1 (Ctrl+%2)</translation>
    </message>
    <message>
        <location filename="../../desktop/views/capture_panel.py" line="259"/>
        <source>The team lead sets the topics offered at each event on the server.</source>
        <translation>Темы для каждой выставки задаёт на сервере руководитель отдела.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/capture_panel.py" line="292"/>
        <source>due %1, their time</source>
        <translation>срок: %1 по их времени</translation>
    </message>
    <message>
        <location filename="../../desktop/views/capture_panel.py" line="294"/>
        <source>due %1, your time</source>
        <translation>срок: %1 по вашему времени</translation>
    </message>
    <message>
        <location filename="../../desktop/views/capture_panel.py" line="302"/>
        <source>Discard this visitor?</source>
        <translation>Сбросить этого посетителя?</translation>
    </message>
    <message>
        <location filename="../../desktop/views/capture_panel.py" line="303"/>
        <source>Clear what is typed for this visitor? It is not saved.</source>
        <translation>Очистить введённое для этого посетителя? Оно не сохранено.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/capture_panel.py" line="322"/>
        <source>Required at this event.</source>
        <translation>Обязательно на этом мероприятии.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/capture_panel.py" line="363"/>
        <source>not a valid number when read as %1 (add + and the country code)</source>
        <translation>неверный номер, если читать его как %1 (добавьте + и код страны)</translation>
    </message>
    <message>
        <location filename="../../desktop/views/capture_panel.py" line="369"/>
        <source>%1 there</source>
        <translation>%1 у них</translation>
    </message>
    <message>
        <location filename="../../desktop/views/capture_panel.py" line="373"/>
        <source>not %1: check it is the visitor&apos;s own country</source>
        <translation>не %1: проверьте, что это страна посетителя</translation>
    </message>
    <message>
        <location filename="../../desktop/views/capture_panel.py" line="415"/>
        <source>Read from the code: check the details, then save.</source>
        <translation>Прочитано из кода: проверьте данные и сохраните.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/capture_panel.py" line="440"/>
        <source>No code found in the pasted picture.</source>
        <translation>Во вставленном изображении код не найден.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/capture_panel.py" line="471"/>
        <source>Note: %1</source>
        <translation>Заметка: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/views/capture_panel.py" line="514"/>
        <source>Saved %1. Ready for the next visitor.</source>
        <translation>Сохранено: %1. Можно принимать следующего посетителя.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/capture_panel.py" line="516"/>
        <source>(without consent: marked so)</source>
        <translation>(без согласия — так и отмечено)</translation>
    </message>
    <message>
        <location filename="../../desktop/views/capture_panel.py" line="525"/>
        <source>Already sent to the server: change the lead on its card instead.</source>
        <translation>Уже отправлено на сервер: измените лид в его карточке.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/capture_panel.py" line="539"/>
        <source>Taken back: the visitor is in the form again.</source>
        <translation>Отменено: посетитель снова в форме.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/capture_panel.py" line="550"/>
        <source>We already know this visitor: %1 (%2, %3). Add this conversation to that lead, or save a new lead anyway?</source>
        <translation>Этот посетитель нам уже известен: %1 (%2, %3). Добавить разговор к этому лиду или всё же сохранить новый лид?</translation>
    </message>
    <message>
        <location filename="../../desktop/views/capture_panel.py" line="562"/>
        <source>Same phone as %1 (%2). Is %3 at the same company? Yes adds them to that lead as a contact person, with this conversation; no saves a new lead.</source>
        <translation>Тот же телефон, что у %1 (%2). %3 из той же компании? «Да» добавит его к этому лиду как контактное лицо вместе с разговором; «нет» сохранит новый лид.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/capture_panel.py" line="569"/>
        <source>&amp;Yes, the same company</source>
        <translation>&amp;Да, та же компания</translation>
    </message>
    <message>
        <location filename="../../desktop/views/capture_panel.py" line="569"/>
        <source>No, a &amp;new lead</source>
        <translation>Нет, &amp;новый лид</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/views/capture_panel.py" line="571"/>
        <source>(%n other known lead(s) share these contacts.)</source>
        <translation>
            <numerusform>(эти контакты есть ещё у %n известного лида.)</numerusform>
            <numerusform>(эти контакты есть ещё у %n известных лидов.)</numerusform>
            <numerusform>(эти контакты есть ещё у %n известных лидов.)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/views/capture_panel.py" line="578"/>
        <source>%1 captured this visitor at %2 today: %3 (%4). They are %1&apos;s lead; leave them to %1, or save them as your lead too?</source>
        <translation>%1 сегодня в %2 уже записал этого посетителя: %3 (%4). Это лид сотрудника %1: оставить посетителя ему или сохранить и как ваш лид?</translation>
    </message>
    <message>
        <location filename="../../desktop/views/capture_panel.py" line="586"/>
        <source>&amp;Leave them to %1</source>
        <translation>&amp;Оставить: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/views/capture_panel.py" line="587"/>
        <source>Save as my lead &amp;too</source>
        <translation>Сохранить и как &amp;мой лид</translation>
    </message>
    <message>
        <location filename="../../desktop/views/capture_panel.py" line="604"/>
        <source>Left to %1: not saved twice.</source>
        <translation>Оставлен сотруднику %1: дважды не сохранён.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/capture_panel.py" line="614"/>
        <source>Company: %1</source>
        <translation>Компания: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/views/capture_panel.py" line="630"/>
        <source>%1 added to %2 as a contact person, with the conversation.</source>
        <translation>%1 — теперь контактное лицо лида %2, вместе с разговором.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/capture_panel.py" line="631"/>
        <source>The visitor</source>
        <translation>Посетитель</translation>
    </message>
    <message>
        <location filename="../../desktop/views/capture_panel.py" line="627"/>
        <source>Conversation added to %1.</source>
        <translation>Разговор добавлен к лиду %1.</translation>
    </message>
    <message>
        <location filename="../../ui/capture_panel.ui" line="7"/>
        <source>Exhibition capture</source>
        <translation>Приём лидов на выставке</translation>
    </message>
    <message>
        <location filename="../../ui/capture_panel.ui" line="7"/>
        <source>&amp;Event</source>
        <translation>&amp;Мероприятие</translation>
    </message>
    <message>
        <location filename="../../ui/capture_panel.ui" line="7"/>
        <source>kept for the whole day</source>
        <translation>сохраняется на весь день</translation>
    </message>
    <message>
        <location filename="../../ui/capture_panel.ui" line="7"/>
        <source>&amp;Name</source>
        <translation>&amp;Имя</translation>
    </message>
    <message>
        <location filename="../../ui/capture_panel.ui" line="7"/>
        <source>&amp;Company</source>
        <translation>&amp;Компания</translation>
    </message>
    <message>
        <location filename="../../ui/capture_panel.ui" line="7"/>
        <source>&amp;Phone</source>
        <translation>&amp;Телефон</translation>
    </message>
    <message>
        <location filename="../../ui/capture_panel.ui" line="7"/>
        <source>E&amp;mail</source>
        <translation>&amp;Эл. почта</translation>
    </message>
    <message>
        <location filename="../../ui/capture_panel.ui" line="7"/>
        <source>&amp;Interest / need</source>
        <translation>&amp;Интерес / потребность</translation>
    </message>
    <message>
        <location filename="../../ui/capture_panel.ui" line="7"/>
        <source>&amp;Temperature</source>
        <translation>Т&amp;емпература</translation>
    </message>
    <message>
        <location filename="../../ui/capture_panel.ui" line="7"/>
        <source>N&amp;ote</source>
        <translation>З&amp;аметка</translation>
    </message>
    <message>
        <location filename="../../ui/capture_panel.ui" line="7"/>
        <source>Ro&amp;le</source>
        <translation>До&amp;лжность</translation>
    </message>
    <message>
        <location filename="../../ui/capture_panel.ui" line="7"/>
        <source>job title</source>
        <translation>должность</translation>
    </message>
    <message>
        <location filename="../../ui/capture_panel.ui" line="7"/>
        <source>&amp;Scan a badge…</source>
        <translation>&amp;Сканировать бейдж…</translation>
    </message>
    <message>
        <location filename="../../ui/capture_panel.ui" line="7"/>
        <source>Read a badge or business card code from the camera, an image file or the clipboard (Ctrl+Shift+S)</source>
        <translation>Прочитать код бейджа или визитки с камеры, из файла изображения или из буфера обмена (Ctrl+Shift+S)</translation>
    </message>
    <message>
        <location filename="../../ui/capture_panel.ui" line="7"/>
        <source>Topics</source>
        <translation>Темы</translation>
    </message>
    <message>
        <location filename="../../ui/capture_panel.ui" line="7"/>
        <source>Follow-&amp;up</source>
        <translation>Следующий &amp;шаг</translation>
    </message>
    <message>
        <location filename="../../desktop/views/capture_panel.py" line="557"/>
        <location filename="../../ui/capture_panel.ui" line="7"/>
        <source>&amp;Attach to this lead</source>
        <translation>&amp;Добавить к этому лиду</translation>
    </message>
    <message>
        <location filename="../../desktop/views/capture_panel.py" line="557"/>
        <location filename="../../ui/capture_panel.ui" line="7"/>
        <source>Save as a &amp;new lead anyway</source>
        <translation>Сохранить как &amp;новый лид</translation>
    </message>
    <message>
        <location filename="../../ui/capture_panel.ui" line="7"/>
        <source>Clear</source>
        <translation>Очистить</translation>
    </message>
    <message>
        <location filename="../../ui/capture_panel.ui" line="7"/>
        <source>Save lead</source>
        <translation>Сохранить лид</translation>
    </message>
</context>
<context>
    <name>Changes</name>
    <message>
        <location filename="../../desktop/views/record_labels.py" line="81"/>
        <location filename="../../desktop/views/record_labels.py" line="100"/>
        <source>Call</source>
        <translation>Звонок</translation>
    </message>
    <message>
        <location filename="../../desktop/views/record_labels.py" line="82"/>
        <source>Correction of a call</source>
        <translation>Исправление звонка</translation>
    </message>
    <message>
        <location filename="../../desktop/views/record_labels.py" line="83"/>
        <source>New lead</source>
        <translation>Новый лид</translation>
    </message>
    <message>
        <location filename="../../desktop/views/record_labels.py" line="84"/>
        <source>Lead edit</source>
        <translation>Правка лида</translation>
    </message>
    <message>
        <location filename="../../desktop/views/record_labels.py" line="85"/>
        <source>Contact person added</source>
        <translation>Добавлено контактное лицо</translation>
    </message>
    <message>
        <location filename="../../desktop/views/record_labels.py" line="94"/>
        <source>Lead</source>
        <translation>Лид</translation>
    </message>
    <message>
        <location filename="../../desktop/views/record_labels.py" line="95"/>
        <source>Call script</source>
        <translation>Скрипт звонка</translation>
    </message>
    <message>
        <location filename="../../desktop/views/record_labels.py" line="96"/>
        <source>Loss reason</source>
        <translation>Причина отказа</translation>
    </message>
    <message>
        <location filename="../../desktop/views/record_labels.py" line="97"/>
        <source>Objection category</source>
        <translation>Категория возражений</translation>
    </message>
    <message>
        <location filename="../../desktop/views/record_labels.py" line="98"/>
        <source>Script figures</source>
        <translation>Статистика скрипта</translation>
    </message>
    <message>
        <location filename="../../desktop/views/record_labels.py" line="99"/>
        <source>Teammate&apos;s visitor</source>
        <translation>Посетитель коллеги</translation>
    </message>
</context>
<context>
    <name>ConsentDialog</name>
    <message>
        <location filename="../../desktop/views/consent_dialog.py" line="57"/>
        <source>Consent at this event</source>
        <extracomment>The languages a consent text can be written in (the UI&apos;s languages).</extracomment>
        <translation>Согласие на этом мероприятии</translation>
    </message>
    <message>
        <location filename="../../desktop/views/consent_dialog.py" line="61"/>
        <source>What visitors at %1 agree to. Every change is a new version; each visitor&apos;s answer keeps the words they were shown.</source>
        <translation>На что соглашаются посетители %1. Каждое изменение — новая версия; ответ каждого посетителя хранит те слова, которые ему показали.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/consent_dialog.py" line="78"/>
        <source>&amp;Required: a visitor is saved only with their consent</source>
        <translation>&amp;Обязательно: посетитель сохраняется только с согласием</translation>
    </message>
</context>
<context>
    <name>DashboardDialog</name>
    <message>
        <location filename="../../desktop/views/dashboard.py" line="248"/>
        <source>Dashboard</source>
        <translation>Показатели</translation>
    </message>
    <message>
        <location filename="../../desktop/views/dashboard.py" line="249"/>
        <source>Period:</source>
        <translation>Период:</translation>
    </message>
    <message>
        <location filename="../../desktop/views/dashboard.py" line="250"/>
        <source>to</source>
        <translation>по</translation>
    </message>
    <message>
        <location filename="../../desktop/views/dashboard.py" line="255"/>
        <source>Today</source>
        <translation>Сегодня</translation>
    </message>
    <message>
        <location filename="../../desktop/views/dashboard.py" line="255"/>
        <source>This week</source>
        <translation>Эта неделя</translation>
    </message>
    <message>
        <location filename="../../desktop/views/dashboard.py" line="255"/>
        <source>Last 30 days</source>
        <translation>Последние 30 дней</translation>
    </message>
    <message>
        <location filename="../../desktop/views/dashboard.py" line="255"/>
        <source>Days…</source>
        <translation>Дни…</translation>
    </message>
    <message>
        <location filename="../../desktop/views/dashboard.py" line="259"/>
        <source>Export CSV…</source>
        <translation>Экспорт в CSV…</translation>
    </message>
    <message>
        <location filename="../../desktop/views/dashboard.py" line="261"/>
        <source>Calls made</source>
        <translation>Звонков сделано</translation>
    </message>
    <message>
        <location filename="../../desktop/views/dashboard.py" line="262"/>
        <source>Connect rate</source>
        <translation>Дозвон</translation>
    </message>
    <message>
        <location filename="../../desktop/views/dashboard.py" line="263"/>
        <location filename="../../desktop/views/dashboard.py" line="370"/>
        <source>Qualified</source>
        <translation>Квалифицировано</translation>
    </message>
    <message>
        <location filename="../../desktop/views/dashboard.py" line="264"/>
        <source>Speed to lead (median)</source>
        <translation>Скорость реакции (медиана)</translation>
    </message>
    <message>
        <location filename="../../desktop/views/dashboard.py" line="265"/>
        <source>Callbacks kept on time</source>
        <translation>Перезвоны вовремя</translation>
    </message>
    <message>
        <location filename="../../desktop/views/dashboard.py" line="320"/>
        <source>Counting…</source>
        <translation>Считаю…</translation>
    </message>
    <message>
        <location filename="../../desktop/views/dashboard.py" line="336"/>
        <source>Could not count: %1</source>
        <translation>Не удалось посчитать: %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/views/dashboard.py" line="350"/>
        <source>%n conversation(s)</source>
        <translation>
            <numerusform>%n разговор</numerusform>
            <numerusform>%n разговора</numerusform>
            <numerusform>%n разговоров</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/views/dashboard.py" line="352"/>
        <source>of calls reached a person</source>
        <translation>звонков дошли до человека</translation>
    </message>
    <message>
        <location filename="../../desktop/views/dashboard.py" line="355"/>
        <source>%1 of conversations</source>
        <translation>%1 разговоров</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/views/dashboard.py" line="360"/>
        <source>90%: within %1 · %n lead(s)</source>
        <translation>
            <numerusform>90%: за %1 · %n лид</numerusform>
            <numerusform>90%: за %1 · %n лида</numerusform>
            <numerusform>90%: за %1 · %n лидов</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/views/dashboard.py" line="366"/>
        <source>%1 of %2 due</source>
        <translation>%1 из %2 назначенных</translation>
    </message>
    <message>
        <location filename="../../desktop/views/dashboard.py" line="369"/>
        <source>Funnel</source>
        <translation>Воронка</translation>
    </message>
    <message>
        <location filename="../../desktop/views/dashboard.py" line="370"/>
        <source>Calls</source>
        <translation>Звонки</translation>
    </message>
    <message>
        <location filename="../../desktop/views/dashboard.py" line="370"/>
        <source>Connected</source>
        <translation>Дозвонились</translation>
    </message>
    <message>
        <location filename="../../desktop/views/dashboard.py" line="374"/>
        <source>Outcomes by disposition</source>
        <translation>Итоги звонков</translation>
    </message>
    <message>
        <location filename="../../desktop/views/dashboard.py" line="380"/>
        <source>Loss reasons</source>
        <translation>Причины отказов</translation>
    </message>
    <message>
        <location filename="../../desktop/views/dashboard.py" line="382"/>
        <source>No lost calls</source>
        <translation>Отказов нет</translation>
    </message>
    <message>
        <location filename="../../desktop/views/dashboard.py" line="386"/>
        <source>Objections by category</source>
        <translation>Возражения по категориям</translation>
    </message>
    <message>
        <location filename="../../desktop/views/dashboard.py" line="390"/>
        <source>No calls in this period.</source>
        <translation>За этот период звонков нет.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/dashboard.py" line="398"/>
        <source>Export the figures</source>
        <translation>Экспорт показателей</translation>
    </message>
    <message>
        <location filename="../../desktop/views/dashboard.py" line="406"/>
        <source>Could not write the file: %1</source>
        <translation>Не удалось записать файл: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/views/dashboard.py" line="408"/>
        <source>Saved to %1</source>
        <translation>Сохранено в %1</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <location filename="../../desktop/views/error_texts.py" line="20"/>
        <source>Type a phone number.</source>
        <translation>Введите номер телефона.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/error_texts.py" line="21"/>
        <source>This phone number is too long.</source>
        <translation>Слишком длинный номер телефона.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/error_texts.py" line="24"/>
        <source>“%1” is not a phone number.</source>
        <translation>«%1» — это не номер телефона.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/error_texts.py" line="27"/>
        <source>“%1” is not a valid phone number (add the country code if it is foreign).</source>
        <translation>«%1» — неверный номер телефона (для зарубежного номера укажите код страны).</translation>
    </message>
    <message>
        <location filename="../../desktop/views/error_texts.py" line="30"/>
        <source>Type an email address.</source>
        <translation>Введите адрес эл. почты.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/error_texts.py" line="31"/>
        <source>This email address is too long.</source>
        <translation>Слишком длинный адрес эл. почты.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/error_texts.py" line="34"/>
        <source>“%1” is not a valid email address.</source>
        <translation>«%1» — неверный адрес эл. почты.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/error_texts.py" line="37"/>
        <source>A lead needs a phone or an email.</source>
        <translation>У лида должен быть телефон или эл. почта.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/error_texts.py" line="40"/>
        <source>Type the exhibition&apos;s name.</source>
        <translation>Введите название выставки.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/error_texts.py" line="41"/>
        <source>This event needs the visitor&apos;s consent before their details are kept: tick it once they agree; without it, do not save them.</source>
        <translation>На этом мероприятии данные посетителя хранятся только с его согласия: отметьте его, когда посетитель согласится; без согласия не сохраняйте.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/error_texts.py" line="46"/>
        <source>“%1” is not a known time zone.</source>
        <translation>«%1» — неизвестный часовой пояс.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/error_texts.py" line="49"/>
        <source>Too long: at most %1 characters.</source>
        <translation>Слишком длинно: не больше %1 символов.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/error_texts.py" line="52"/>
        <source>This field cannot be edited here.</source>
        <translation>Это поле здесь нельзя изменить.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/error_texts.py" line="55"/>
        <source>“%1” is not one of the choices.</source>
        <translation>«%1» нет среди вариантов.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/error_texts.py" line="58"/>
        <source>The score is a whole number from 0 to 100.</source>
        <translation>Оценка — целое число от 0 до 100.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/error_texts.py" line="61"/>
        <source>A lead cannot go from “%1” to “%2”.</source>
        <translation>Лид не может перейти из «%1» в «%2».</translation>
    </message>
    <message>
        <location filename="../../desktop/views/error_texts.py" line="64"/>
        <source>This lead was given to someone else.</source>
        <translation>Этот лид передан другому менеджеру.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/error_texts.py" line="67"/>
        <source>The call&apos;s start needs a time zone.</source>
        <translation>У начала звонка должен быть часовой пояс.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/error_texts.py" line="70"/>
        <source>The call&apos;s duration is out of range.</source>
        <translation>Недопустимая длительность звонка.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/error_texts.py" line="73"/>
        <source>The note is too long: at most %1 characters.</source>
        <translation>Слишком длинная заметка: не больше %1 символов.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/error_texts.py" line="76"/>
        <source>Too many objections or answers are marked.</source>
        <translation>Отмечено слишком много возражений или ответов.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/error_texts.py" line="79"/>
        <source>After “%1” there was no conversation, so the result cannot be “%2”.</source>
        <translation>После «%1» разговора не было, поэтому итог не может быть «%2».</translation>
    </message>
    <message>
        <location filename="../../desktop/views/error_texts.py" line="82"/>
        <source>Choose why the lead is lost.</source>
        <translation>Выберите причину отказа.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/error_texts.py" line="85"/>
        <source>Tick at most %1 topics.</source>
        <translation>Можно отметить не больше %1 тем.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/error_texts.py" line="88"/>
        <source>The server does not know these topics: %1. Sync, then tick them again.</source>
        <translation>Сервер не знает этих тем: %1. Синхронизируйте и отметьте их снова.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/error_texts.py" line="91"/>
        <source>That loss reason is not in the catalog.</source>
        <translation>Такой причины отказа нет в справочнике.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/error_texts.py" line="94"/>
        <source>“%1” needs a comment in the note.</source>
        <translation>Для причины «%1» нужен комментарий в заметке.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/error_texts.py" line="97"/>
        <source>A loss reason goes only with a lost lead.</source>
        <translation>Причина отказа указывается только для потерянного лида.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/error_texts.py" line="100"/>
        <source>Choose when to call again.</source>
        <translation>Выберите, когда перезвонить.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/error_texts.py" line="103"/>
        <source>The time needs a time zone.</source>
        <translation>У времени должен быть часовой пояс.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/error_texts.py" line="106"/>
        <source>The next call must be in the future.</source>
        <translation>Следующий звонок должен быть в будущем.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/error_texts.py" line="109"/>
        <source>A next call time goes only with a follow-up.</source>
        <translation>Время следующего звонка указывается только для перезвона.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/error_texts.py" line="112"/>
        <source>A return date goes only with nurturing.</source>
        <translation>Дата возврата указывается только для прогрева.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/error_texts.py" line="115"/>
        <source>There is no such call here.</source>
        <translation>Такого звонка здесь нет.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/error_texts.py" line="116"/>
        <source>A call can be corrected within 24 hours of it.</source>
        <translation>Звонок можно исправить в течение 24 часов после него.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/error_texts.py" line="119"/>
        <source>This change is dated later than the server received it: check this computer&apos;s date and time.</source>
        <translation>Это изменение датировано позже, чем сервер его получил: проверьте дату и время на этом компьютере.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/error_texts.py" line="124"/>
        <source>This change waited offline longer than the server accepts (days: %1); export it and give it to your team lead.</source>
        <translation>Это изменение ждало без сети дольше, чем принимает сервер (дней: %1); экспортируйте его и передайте руководителю.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/error_texts.py" line="129"/>
        <source>This call is dated before its lead arrived: check this computer&apos;s date and time.</source>
        <translation>Этот звонок датирован раньше, чем поступил лид: проверьте дату и время на этом компьютере.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/error_texts.py" line="133"/>
        <source>The lead went to another manager before this call.</source>
        <translation>Лид перешёл к другому менеджеру до этого звонка.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/error_texts.py" line="136"/>
        <source>The script this call used (%1) is not on the server.</source>
        <translation>Скрипта, по которому шёл звонок (%1), нет на сервере.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/error_texts.py" line="139"/>
        <source>The call marks objections or answers its script does not have: %1.</source>
        <translation>В звонке отмечены возражения или ответы, которых нет в его скрипте: %1.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/error_texts.py" line="142"/>
        <source>The answers suggest “%1”: say why you chose another result.</source>
        <translation>Ответы говорят «%1»: объясните, почему вы выбрали другой результат.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/error_texts.py" line="145"/>
        <source>The answer to “%1” does not fit its question: answer it again.</source>
        <translation>Ответ на «%1» не подходит к вопросу: ответьте ещё раз.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/error_texts.py" line="148"/>
        <source>The server judged this call&apos;s answers differently (%1): sync, then record the call again.</source>
        <translation>Сервер оценил ответы этого звонка иначе (%1): синхронизируйте и запишите звонок снова.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/error_texts.py" line="153"/>
        <source>The server address looks like https://salesdesk.example.com.</source>
        <translation>Адрес сервера выглядит так: https://salesdesk.example.com.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/error_texts.py" line="156"/>
        <source>Use https:// — plain http is only allowed for a server on this computer.</source>
        <translation>Используйте https:// — обычный http разрешён только для сервера на этом компьютере.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/error_texts.py" line="159"/>
        <source>A proxy address looks like http://proxy.example.com:3128.</source>
        <translation>Адрес прокси выглядит так: http://proxy.example.com:3128.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/error_texts.py" line="162"/>
        <source>The CA bundle file does not exist.</source>
        <translation>Файл CA не найден.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/error_texts.py" line="165"/>
        <source>Choose the country whose numbers you dial without a + (your phone region).</source>
        <translation>Выберите страну, номера которой вы набираете без + (регион телефонов).</translation>
    </message>
    <message>
        <location filename="../../desktop/views/error_texts.py" line="168"/>
        <source>“%1” is not a country we know; pick one from the list.</source>
        <translation>Страна «%1» неизвестна; выберите из списка.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/error_texts.py" line="171"/>
        <source>Calling hours must end after they start.</source>
        <translation>Часы звонков должны заканчиваться позже, чем начинаются.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/error_texts.py" line="174"/>
        <source>Calling hours look like 09:00.</source>
        <translation>Часы звонков записываются так: 09:00.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/error_texts.py" line="177"/>
        <source>Between 1 and 20 attempts a day.</source>
        <translation>От 1 до 20 попыток в день.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/error_texts.py" line="180"/>
        <source>The dialer command needs {number} where the number goes.</source>
        <translation>В команде набора должно быть {number} на месте номера.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/error_texts.py" line="183"/>
        <source>Choose English or Russian.</source>
        <translation>Выберите английский или русский.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/error_texts.py" line="186"/>
        <source>Lock after 1 to 240 minutes without use, or 0 for never.</source>
        <translation>Блокировать через 1–240 минут бездействия или 0 — никогда.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/error_texts.py" line="189"/>
        <source>Sync every 1 to 240 minutes.</source>
        <translation>Синхронизация каждые 1–240 минут.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/error_texts.py" line="192"/>
        <source>Try again after 5 to 1,440 minutes.</source>
        <translation>Повтор через 5–1440 минут.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/error_texts.py" line="195"/>
        <source>Daily goals are 0 to 500.</source>
        <translation>Цели на день — от 0 до 500.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/error_texts.py" line="196"/>
        <source>Goals narrow down: calls ≥ conversations ≥ qualified.</source>
        <translation>Цели сужаются: звонки ≥ разговоры ≥ квалифицированные.</translation>
    </message>
</context>
<context>
    <name>Fields</name>
    <message>
        <location filename="../../desktop/views/record_labels.py" line="29"/>
        <source>First name</source>
        <translation>Имя</translation>
    </message>
    <message>
        <location filename="../../desktop/views/record_labels.py" line="30"/>
        <source>Last name</source>
        <translation>Фамилия</translation>
    </message>
    <message>
        <location filename="../../desktop/views/record_labels.py" line="31"/>
        <source>Company</source>
        <translation>Компания</translation>
    </message>
    <message>
        <location filename="../../desktop/views/record_labels.py" line="32"/>
        <source>Job title</source>
        <translation>Должность</translation>
    </message>
    <message>
        <location filename="../../desktop/views/record_labels.py" line="33"/>
        <source>Phones</source>
        <translation>Телефоны</translation>
    </message>
    <message>
        <location filename="../../desktop/views/record_labels.py" line="34"/>
        <source>Emails</source>
        <translation>Эл. почта</translation>
    </message>
    <message>
        <location filename="../../desktop/views/record_labels.py" line="35"/>
        <source>Need</source>
        <translation>Потребность</translation>
    </message>
    <message>
        <location filename="../../desktop/views/record_labels.py" line="36"/>
        <source>Budget notes</source>
        <translation>Бюджет</translation>
    </message>
    <message>
        <location filename="../../desktop/views/record_labels.py" line="37"/>
        <source>Temperature</source>
        <translation>Температура</translation>
    </message>
    <message>
        <location filename="../../desktop/views/record_labels.py" line="38"/>
        <source>Quality</source>
        <translation>Качество</translation>
    </message>
    <message>
        <location filename="../../desktop/views/record_labels.py" line="39"/>
        <source>Score</source>
        <translation>Оценка</translation>
    </message>
    <message>
        <location filename="../../desktop/views/record_labels.py" line="40"/>
        <source>Time zone</source>
        <translation>Часовой пояс</translation>
    </message>
    <message>
        <location filename="../../desktop/views/record_labels.py" line="41"/>
        <source>City</source>
        <translation>Город</translation>
    </message>
    <message>
        <location filename="../../desktop/views/record_labels.py" line="42"/>
        <source>Stage</source>
        <translation>Этап</translation>
    </message>
    <message>
        <location filename="../../desktop/views/record_labels.py" line="43"/>
        <source>Source</source>
        <translation>Источник</translation>
    </message>
    <message>
        <location filename="../../desktop/views/record_labels.py" line="44"/>
        <source>Next call</source>
        <translation>Следующий звонок</translation>
    </message>
    <message>
        <location filename="../../desktop/views/record_labels.py" line="45"/>
        <source>Nurture until</source>
        <translation>Прогрев до</translation>
    </message>
    <message>
        <location filename="../../desktop/views/record_labels.py" line="46"/>
        <source>Campaign</source>
        <translation>Кампания</translation>
    </message>
    <message>
        <location filename="../../desktop/views/record_labels.py" line="47"/>
        <source>Event</source>
        <translation>Мероприятие</translation>
    </message>
</context>
<context>
    <name>Figures</name>
    <message>
        <location filename="../../desktop/views/labels.py" line="187"/>
        <source>%1 h %2 min</source>
        <translation>%1 ч %2 мин</translation>
    </message>
    <message>
        <location filename="../../desktop/views/labels.py" line="192"/>
        <source>%1 min %2 s</source>
        <translation>%1 мин %2 с</translation>
    </message>
    <message>
        <location filename="../../desktop/views/labels.py" line="193"/>
        <source>%1 s</source>
        <translation>%1 с</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/views/labels.py" line="245"/>
        <source>%n min</source>
        <translation>
            <numerusform>%n мин</numerusform>
            <numerusform>%n мин</numerusform>
            <numerusform>%n мин</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/views/labels.py" line="248"/>
        <source>%1 h</source>
        <translation>%1 ч</translation>
    </message>
    <message>
        <location filename="../../desktop/views/labels.py" line="250"/>
        <source>%1 d</source>
        <translation>%1 дн.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/views/labels.py" line="258"/>
        <source>too few calls (%n)</source>
        <translation>
            <numerusform>мало звонков (%n)</numerusform>
            <numerusform>мало звонков (%n)</numerusform>
            <numerusform>мало звонков (%n)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/views/labels.py" line="261"/>
        <source>wins %1</source>
        <translation>успех %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/views/labels.py" line="263"/>
        <source>%n call(s)</source>
        <translation>
            <numerusform>%n звонок</numerusform>
            <numerusform>%n звонка</numerusform>
            <numerusform>%n звонков</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>GoalsBar</name>
    <message>
        <location filename="../../desktop/views/goals_bar.py" line="50"/>
        <source>Calls today %1 / %2</source>
        <translation>Звонков сегодня %1 / %2</translation>
    </message>
    <message>
        <location filename="../../desktop/views/goals_bar.py" line="51"/>
        <source>Conversations %1 / %2</source>
        <translation>Разговоров %1 / %2</translation>
    </message>
    <message>
        <location filename="../../desktop/views/goals_bar.py" line="52"/>
        <source>Qualified %1 / %2</source>
        <translation>Квалифицировано %1 / %2</translation>
    </message>
</context>
<context>
    <name>GuidedCallView</name>
    <message>
        <location filename="../../desktop/views/guided_call_view.py" line="182"/>
        <source>Back a step (Alt+Left)</source>
        <extracomment>How many steps of the path are shown before the current one. A month question&apos;s quick answers: months from now, on keys 1–6. what the lead answered on its latest guided call, by question ID win rates of an answer or a choice (&quot;question=choice&quot;), &quot;&quot; when none yet</extracomment>
        <translation>Шаг назад (Alt+Влево)</translation>
    </message>
    <message>
        <location filename="../../desktop/views/guided_call_view.py" line="198"/>
        <source>The script ends here: %1. Hang up (F6) to record the outcome.</source>
        <translation>Сценарий закончен: %1. Положите трубку (F6), чтобы записать итог.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/guided_call_view.py" line="203"/>
        <source>Go on (Enter)</source>
        <translation>Дальше (Enter)</translation>
    </message>
    <message>
        <location filename="../../desktop/views/guided_call_view.py" line="253"/>
        <source>Objection: %1</source>
        <translation>Возражение: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/views/guided_call_view.py" line="268"/>
        <source>Answer (Enter)</source>
        <translation>Ответить (Enter)</translation>
    </message>
    <message>
        <location filename="../../desktop/views/guided_call_view.py" line="271"/>
        <source>Last time: %1</source>
        <translation>В прошлый раз: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/views/guided_call_view.py" line="453"/>
        <source>Type a number, like %1.</source>
        <translation>Введите число, например %1.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/guided_call_view.py" line="295"/>
        <source>Not asked — go on</source>
        <translation>Не спрашивали — дальше</translation>
    </message>
    <message>
        <location filename="../../desktop/views/guided_call_view.py" line="244"/>
        <source>Back to “%1”</source>
        <translation>Вернуться к «%1»</translation>
    </message>
    <message>
        <location filename="../../desktop/views/guided_call_view.py" line="307"/>
        <source>a number</source>
        <translation>число</translation>
    </message>
    <message>
        <location filename="../../desktop/views/guided_call_view.py" line="316"/>
        <source>an amount</source>
        <translation>сумма</translation>
    </message>
    <message>
        <location filename="../../desktop/views/guided_call_view.py" line="461"/>
        <source>Answer first, or go on without an answer if it was not asked.</source>
        <translation>Сначала ответьте — или идите дальше без ответа, если вопрос не задавали.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/guided_call_view.py" line="473"/>
        <source>That answer does not fit this question.</source>
        <translation>Этот ответ не подходит к вопросу.</translation>
    </message>
</context>
<context>
    <name>Import</name>
    <message>
        <location filename="../../desktop/views/import_view.py" line="45"/>
        <source>New lead</source>
        <translation>Новый лид</translation>
    </message>
    <message>
        <location filename="../../desktop/views/import_view.py" line="46"/>
        <source>Matches a known lead</source>
        <translation>Совпадает с известным лидом</translation>
    </message>
    <message>
        <location filename="../../desktop/views/import_view.py" line="47"/>
        <source>Possible duplicate (to review)</source>
        <translation>Возможный дубль (на проверку)</translation>
    </message>
    <message>
        <location filename="../../desktop/views/import_view.py" line="48"/>
        <source>Refused</source>
        <translation>Отклонена</translation>
    </message>
    <message>
        <location filename="../../desktop/views/import_view.py" line="56"/>
        <source>Phones</source>
        <translation>Телефоны</translation>
    </message>
    <message>
        <location filename="../../desktop/views/import_view.py" line="56"/>
        <source>Emails</source>
        <translation>Эл. почта</translation>
    </message>
    <message>
        <location filename="../../desktop/views/import_view.py" line="57"/>
        <source>First name</source>
        <translation>Имя</translation>
    </message>
    <message>
        <location filename="../../desktop/views/import_view.py" line="58"/>
        <source>Last name</source>
        <translation>Фамилия</translation>
    </message>
    <message>
        <location filename="../../desktop/views/import_view.py" line="59"/>
        <source>Full name (split)</source>
        <translation>Полное имя (разделяется)</translation>
    </message>
    <message>
        <location filename="../../desktop/views/import_view.py" line="60"/>
        <source>Company</source>
        <translation>Компания</translation>
    </message>
    <message>
        <location filename="../../desktop/views/import_view.py" line="60"/>
        <source>Position</source>
        <translation>Должность</translation>
    </message>
    <message>
        <location filename="../../desktop/views/import_view.py" line="61"/>
        <source>Need</source>
        <translation>Потребность</translation>
    </message>
    <message>
        <location filename="../../desktop/views/import_view.py" line="62"/>
        <source>Kept in the need as “Column: value”</source>
        <translation>В потребность как «Столбец: значение»</translation>
    </message>
    <message>
        <location filename="../../desktop/views/import_view.py" line="63"/>
        <source>Source</source>
        <translation>Источник</translation>
    </message>
    <message>
        <location filename="../../desktop/views/import_view.py" line="63"/>
        <source>Campaign</source>
        <translation>Кампания</translation>
    </message>
    <message>
        <location filename="../../desktop/views/import_view.py" line="64"/>
        <source>Event</source>
        <translation>Мероприятие</translation>
    </message>
    <message>
        <location filename="../../desktop/views/import_view.py" line="65"/>
        <source>Temperature</source>
        <translation>Температура</translation>
    </message>
    <message>
        <location filename="../../desktop/views/import_view.py" line="66"/>
        <source>Quality</source>
        <translation>Качество</translation>
    </message>
    <message>
        <location filename="../../desktop/views/import_view.py" line="67"/>
        <source>Budget notes</source>
        <translation>Бюджет</translation>
    </message>
    <message>
        <location filename="../../desktop/views/import_view.py" line="68"/>
        <source>Time zone</source>
        <translation>Часовой пояс</translation>
    </message>
    <message>
        <location filename="../../desktop/views/import_view.py" line="68"/>
        <source>City</source>
        <translation>Город</translation>
    </message>
    <message>
        <location filename="../../desktop/views/import_view.py" line="69"/>
        <source>Country (reads the row&apos;s numbers)</source>
        <translation>Страна (по ней читаются номера строки)</translation>
    </message>
    <message>
        <location filename="../../desktop/views/import_view.py" line="70"/>
        <source>Calling code (before the row&apos;s numbers)</source>
        <translation>Код страны (ставится перед номерами строки)</translation>
    </message>
    <message>
        <location filename="../../desktop/views/import_view.py" line="79"/>
        <source>phone</source>
        <translation>телефон</translation>
    </message>
    <message>
        <location filename="../../desktop/views/import_view.py" line="79"/>
        <source>email</source>
        <translation>эл. почта</translation>
    </message>
    <message>
        <location filename="../../desktop/views/import_view.py" line="80"/>
        <source>no phone or email</source>
        <translation>нет ни телефона, ни почты</translation>
    </message>
    <message>
        <location filename="../../desktop/views/import_view.py" line="81"/>
        <source>too long</source>
        <translation>слишком длинно</translation>
    </message>
    <message>
        <location filename="../../desktop/views/import_view.py" line="81"/>
        <source>time zone</source>
        <translation>часовой пояс</translation>
    </message>
    <message>
        <location filename="../../desktop/views/import_view.py" line="82"/>
        <source>cells do not match the header</source>
        <translation>ячейки не совпадают с заголовком</translation>
    </message>
    <message>
        <location filename="../../desktop/views/import_view.py" line="83"/>
        <source>country</source>
        <translation>страна</translation>
    </message>
    <message>
        <location filename="../../desktop/views/import_view.py" line="83"/>
        <source>source</source>
        <translation>источник</translation>
    </message>
    <message>
        <location filename="../../desktop/views/import_view.py" line="84"/>
        <source>temperature</source>
        <translation>температура</translation>
    </message>
    <message>
        <location filename="../../desktop/views/import_view.py" line="85"/>
        <source>quality</source>
        <translation>качество</translation>
    </message>
    <message>
        <location filename="../../desktop/views/import_view.py" line="93"/>
        <source>as chosen</source>
        <translation>как выбрано</translation>
    </message>
    <message>
        <location filename="../../desktop/views/import_view.py" line="93"/>
        <location filename="../../desktop/views/import_view.py" line="94"/>
        <source>detected</source>
        <translation>определено</translation>
    </message>
    <message>
        <location filename="../../desktop/views/import_view.py" line="95"/>
        <source>from its byte-order mark</source>
        <translation>по метке порядка байтов</translation>
    </message>
    <message>
        <location filename="../../desktop/views/import_view.py" line="96"/>
        <source>valid UTF-8</source>
        <translation>корректный UTF-8</translation>
    </message>
    <message>
        <location filename="../../desktop/views/import_view.py" line="97"/>
        <source>from its sep= line</source>
        <translation>по строке sep=</translation>
    </message>
</context>
<context>
    <name>ImportTab</name>
    <message>
        <location filename="../../desktop/views/import_view.py" line="211"/>
        <location filename="../../desktop/views/import_view.py" line="274"/>
        <source>Choose a file…</source>
        <translation>Выбрать файл…</translation>
    </message>
    <message>
        <location filename="../../desktop/views/import_view.py" line="212"/>
        <source>Preview</source>
        <translation>Предпросмотр</translation>
    </message>
    <message>
        <location filename="../../desktop/views/import_view.py" line="213"/>
        <location filename="../../desktop/views/import_view.py" line="424"/>
        <source>Import</source>
        <translation>Импорт</translation>
    </message>
    <message>
        <location filename="../../desktop/views/import_view.py" line="214"/>
        <location filename="../../desktop/views/import_view.py" line="449"/>
        <source>Undo this import…</source>
        <translation>Отменить этот импорт…</translation>
    </message>
    <message>
        <location filename="../../desktop/views/import_view.py" line="215"/>
        <source>Encoding</source>
        <translation>Кодировка</translation>
    </message>
    <message>
        <location filename="../../desktop/views/import_view.py" line="215"/>
        <source>Delimiter</source>
        <translation>Разделитель</translation>
    </message>
    <message>
        <location filename="../../desktop/views/import_view.py" line="216"/>
        <source>CRM profile</source>
        <translation>Профиль CRM</translation>
    </message>
    <message>
        <location filename="../../desktop/views/import_view.py" line="216"/>
        <source>Phone region</source>
        <translation>Регион телефонов</translation>
    </message>
    <message>
        <location filename="../../desktop/views/import_view.py" line="217"/>
        <source>Give to</source>
        <translation>Кому</translation>
    </message>
    <message>
        <location filename="../../desktop/views/import_view.py" line="219"/>
        <source>Detect</source>
        <translation>Определить</translation>
    </message>
    <message>
        <location filename="../../desktop/views/import_view.py" line="222"/>
        <source>Recognise from the header</source>
        <translation>Узнать по заголовку</translation>
    </message>
    <message>
        <location filename="../../desktop/views/import_view.py" line="223"/>
        <source>Comma</source>
        <translation>Запятая</translation>
    </message>
    <message>
        <location filename="../../desktop/views/import_view.py" line="223"/>
        <source>Semicolon</source>
        <translation>Точка с запятой</translation>
    </message>
    <message>
        <location filename="../../desktop/views/import_view.py" line="224"/>
        <source>Tab</source>
        <translation>Табуляция</translation>
    </message>
    <message>
        <location filename="../../desktop/views/import_view.py" line="224"/>
        <source>Vertical bar</source>
        <translation>Вертикальная черта</translation>
    </message>
    <message>
        <location filename="../../desktop/views/import_view.py" line="227"/>
        <source>The server&apos;s default</source>
        <translation>По умолчанию сервера</translation>
    </message>
    <message>
        <location filename="../../desktop/views/import_view.py" line="228"/>
        <source>National numbers are read in this region; each row of the preview shows the one it was read in.</source>
        <translation>Номера без кода страны читаются в этом регионе; в каждой строке предпросмотра видно, в каком регионе она прочитана.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/import_view.py" line="230"/>
        <source>Nobody: the unassigned pool</source>
        <translation>Никому: в общий пул</translation>
    </message>
    <message>
        <location filename="../../desktop/views/import_view.py" line="231"/>
        <source>Round robin over the managers</source>
        <translation>По очереди менеджерам</translation>
    </message>
    <message>
        <location filename="../../desktop/views/import_view.py" line="233"/>
        <source>No file chosen: CSV, Excel (.xlsx) or vCard (.vcf).</source>
        <translation>Файл не выбран: CSV, Excel (.xlsx) или vCard (.vcf).</translation>
    </message>
    <message>
        <location filename="../../desktop/views/import_view.py" line="234"/>
        <source>Column</source>
        <translation>Столбец</translation>
    </message>
    <message>
        <location filename="../../desktop/views/import_view.py" line="234"/>
        <source>Field</source>
        <translation>Поле</translation>
    </message>
    <message>
        <location filename="../../desktop/views/import_view.py" line="235"/>
        <source>Field of the selected column</source>
        <translation>Поле выбранного столбца</translation>
    </message>
    <message>
        <location filename="../../desktop/views/import_view.py" line="236"/>
        <source>Line</source>
        <translation>Строка</translation>
    </message>
    <message>
        <location filename="../../desktop/views/import_view.py" line="236"/>
        <source>Outcome</source>
        <translation>Итог</translation>
    </message>
    <message>
        <location filename="../../desktop/views/import_view.py" line="237"/>
        <source>Region</source>
        <translation>Регион</translation>
    </message>
    <message>
        <location filename="../../desktop/views/import_view.py" line="237"/>
        <source>Phones</source>
        <translation>Телефоны</translation>
    </message>
    <message>
        <location filename="../../desktop/views/import_view.py" line="238"/>
        <source>Reasons</source>
        <translation>Причины</translation>
    </message>
    <message>
        <location filename="../../desktop/views/import_view.py" line="240"/>
        <source>When</source>
        <translation>Когда</translation>
    </message>
    <message>
        <location filename="../../desktop/views/import_view.py" line="240"/>
        <source>File</source>
        <translation>Файл</translation>
    </message>
    <message>
        <location filename="../../desktop/views/import_view.py" line="240"/>
        <source>By</source>
        <translation>Кто</translation>
    </message>
    <message>
        <location filename="../../desktop/views/import_view.py" line="240"/>
        <source>Leads still there</source>
        <translation>Лидов осталось</translation>
    </message>
    <message>
        <location filename="../../desktop/views/import_view.py" line="241"/>
        <source>Undone</source>
        <translation>Отменён</translation>
    </message>
    <message>
        <location filename="../../desktop/views/import_view.py" line="241"/>
        <source>Summary</source>
        <translation>Итоги</translation>
    </message>
    <message>
        <location filename="../../desktop/views/import_view.py" line="275"/>
        <source>Lead files (*.csv *.txt *.xlsx *.vcf);;All files (*)</source>
        <translation>Файлы лидов (*.csv *.txt *.xlsx *.vcf);;Все файлы (*)</translation>
    </message>
    <message>
        <location filename="../../desktop/views/import_view.py" line="303"/>
        <source>This file is larger than 64 MB: split it and import the parts.</source>
        <translation>Файл больше 64 МБ: разделите его и импортируйте по частям.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/import_view.py" line="306"/>
        <source>Cannot read the file: %1</source>
        <translation>Не удаётся прочитать файл: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/views/import_view.py" line="308"/>
        <source>The server cannot read the file as chosen: %1</source>
        <translation>Сервер не может прочитать файл с выбранными настройками: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/views/import_view.py" line="326"/>
        <source>Nothing is written until you import.</source>
        <translation>Пока вы не нажмёте «Импорт», ничего не записывается.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/import_view.py" line="333"/>
        <source>none recognised (built-in column names)</source>
        <translation>не распознан (встроенные имена столбцов)</translation>
    </message>
    <message>
        <location filename="../../desktop/views/import_view.py" line="335"/>
        <source>Read as %1 · encoding %2 (%3) · delimiter %4 (%5) · CRM profile: %6</source>
        <translation>Прочитан как %1 · кодировка %2 (%3) · разделитель %4 (%5) · профиль CRM: %6</translation>
    </message>
    <message>
        <location filename="../../desktop/views/import_view.py" line="345"/>
        <location filename="../../desktop/views/import_view.py" line="379"/>
        <source>(left out)</source>
        <translation>(не использовать)</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/views/import_view.py" line="369"/>
        <source>%n row(s): %1 new, %2 matching known leads, %3 possible duplicates, %4 refused</source>
        <translation>
            <numerusform>%n строка: новых %1, совпадают с известными лидами %2, возможных дублей %3, отклонено %4</numerusform>
            <numerusform>%n строки: новых %1, совпадают с известными лидами %2, возможных дублей %3, отклонено %4</numerusform>
            <numerusform>%n строк: новых %1, совпадают с известными лидами %2, возможных дублей %3, отклонено %4</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/views/import_view.py" line="375"/>
        <source>Columns left out: %1</source>
        <translation>Не используются столбцы: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/views/import_view.py" line="408"/>
        <source>The mapping changed: preview again to see the rows.</source>
        <translation>Сопоставление изменилось: запустите предпросмотр ещё раз, чтобы увидеть строки.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/import_view.py" line="425"/>
        <source>Import %1? %2 new leads are created (the preview&apos;s count).</source>
        <translation>Импортировать %1? Будет создано новых лидов: %2 (по предпросмотру).</translation>
    </message>
    <message>
        <location filename="../../desktop/views/import_view.py" line="436"/>
        <source>Imported as batch %1; it can be undone below.</source>
        <translation>Импортировано как пакет %1; его можно отменить ниже.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/import_view.py" line="450"/>
        <source>Remove the leads %1 created that nobody has called or changed since?</source>
        <translation>Удалить лиды из %1, которым с тех пор никто не звонил и которые никто не менял?</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/views/import_view.py" line="459"/>
        <source>%n lead(s) removed</source>
        <translation>
            <numerusform>Удалён %n лид</numerusform>
            <numerusform>Удалено %n лида</numerusform>
            <numerusform>Удалено %n лидов</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/views/import_view.py" line="461"/>
        <source>%n kept (called or changed since)</source>
        <translation>
            <numerusform>%n оставлен (звонили или меняли)</numerusform>
            <numerusform>%n оставлено (звонили или меняли)</numerusform>
            <numerusform>%n оставлено (звонили или меняли)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LeadCard</name>
    <message>
        <location filename="../../desktop/views/lead_card.py" line="149"/>
        <source>Co&amp;rrect the selected call…</source>
        <translation>Ис&amp;править выбранный звонок…</translation>
    </message>
    <message>
        <location filename="../../desktop/views/lead_card.py" line="151"/>
        <source>Your calls can be corrected for 24 hours; the correction is what counts.</source>
        <translation>Свои звонки можно исправить в течение 24 часов; в отчётах учитывается исправленный вариант.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/lead_card.py" line="213"/>
        <source>No lead selected</source>
        <translation>Лид не выбран</translation>
    </message>
    <message>
        <location filename="../../desktop/views/lead_card.py" line="242"/>
        <source>campaign %1</source>
        <translation>кампания %1</translation>
    </message>
    <message>
        <location filename="../../desktop/views/lead_card.py" line="243"/>
        <source>score %1</source>
        <translation>оценка %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/views/lead_card.py" line="244"/>
        <source>%n call(s)</source>
        <translation>
            <numerusform>%n звонок</numerusform>
            <numerusform>%n звонка</numerusform>
            <numerusform>%n звонков</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/views/lead_card.py" line="246"/>
        <source>next call %1</source>
        <translation>следующий звонок %1</translation>
    </message>
    <message>
        <location filename="../../desktop/views/lead_card.py" line="284"/>
        <source>their time %1 (%2)</source>
        <translation>у них %1 (%2)</translation>
    </message>
    <message>
        <location filename="../../desktop/views/lead_card.py" line="251"/>
        <source>arrived %1</source>
        <translation>поступил %1</translation>
    </message>
    <message>
        <location filename="../../desktop/views/lead_card.py" line="147"/>
        <source>Cit&amp;y</source>
        <translation>&amp;Город</translation>
    </message>
    <message>
        <location filename="../../desktop/views/lead_card.py" line="148"/>
        <source>where the lead is: tells their time zone</source>
        <translation>где находится лид: по нему виден часовой пояс</translation>
    </message>
    <message>
        <location filename="../../desktop/views/lead_card.py" line="173"/>
        <source>Topics: %1</source>
        <translation>Темы: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/views/lead_card.py" line="177"/>
        <source>Next step: %1, %2</source>
        <translation>Следующий шаг: %1, %2</translation>
    </message>
    <message>
        <location filename="../../desktop/views/lead_card.py" line="185"/>
        <source>met at %1</source>
        <translation>встреча: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/views/lead_card.py" line="187"/>
        <source>Contact person: %1</source>
        <translation>Контактное лицо: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/views/lead_card.py" line="193"/>
        <source>Consent given at %1, %2 (text version %3)</source>
        <translation>Согласие дано: %1, %2 (версия текста %3)</translation>
    </message>
    <message>
        <location filename="../../desktop/views/lead_card.py" line="195"/>
        <source>No consent at %1, %2 (text version %3): do not contact for marketing</source>
        <translation>Без согласия: %1, %2 (версия текста %3) — не обращаться с рекламой</translation>
    </message>
    <message>
        <location filename="../../desktop/views/lead_card.py" line="259"/>
        <source>This lead was reassigned to someone else; it is read-only until your changes to it are synced.</source>
        <translation>Этот лид передан другому менеджеру; он доступен только для чтения, пока ваши изменения не синхронизированы.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/lead_card.py" line="287"/>
        <source>their time %1 (%2, zone unknown)</source>
        <translation>у них %1 (%2, пояс неизвестен)</translation>
    </message>
    <message>
        <location filename="../../desktop/views/lead_card.py" line="289"/>
        <source>several countries</source>
        <translation>несколько стран</translation>
    </message>
    <message>
        <location filename="../../desktop/views/lead_card.py" line="291"/>
        <source>their time unknown</source>
        <translation>их время неизвестно</translation>
    </message>
    <message>
        <location filename="../../desktop/views/lead_card.py" line="298"/>
        <source>Their zone is saved.</source>
        <translation>Часовой пояс лида сохранён.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/lead_card.py" line="320"/>
        <source>Call</source>
        <translation>Позвонить</translation>
    </message>
    <message>
        <location filename="../../desktop/views/lead_card.py" line="324"/>
        <source>Copy</source>
        <translation>Копировать</translation>
    </message>
    <message>
        <location filename="../../desktop/views/lead_card.py" line="336"/>
        <source>No calls yet.</source>
        <translation>Звонков ещё не было.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/lead_card.py" line="346"/>
        <source>call back %1</source>
        <translation>перезвонить %1</translation>
    </message>
    <message>
        <location filename="../../desktop/views/lead_card.py" line="407"/>
        <source>Saved.</source>
        <translation>Сохранено.</translation>
    </message>
    <message>
        <location filename="../../ui/lead_card.ui" line="7"/>
        <source>&amp;First name</source>
        <translation>&amp;Имя</translation>
    </message>
    <message>
        <location filename="../../ui/lead_card.ui" line="7"/>
        <source>&amp;Last name</source>
        <translation>&amp;Фамилия</translation>
    </message>
    <message>
        <location filename="../../ui/lead_card.ui" line="7"/>
        <source>C&amp;ompany</source>
        <translation>К&amp;омпания</translation>
    </message>
    <message>
        <location filename="../../ui/lead_card.ui" line="7"/>
        <source>&amp;Job title</source>
        <translation>&amp;Должность</translation>
    </message>
    <message>
        <location filename="../../ui/lead_card.ui" line="7"/>
        <source>&amp;Phones</source>
        <translation>&amp;Телефоны</translation>
    </message>
    <message>
        <location filename="../../ui/lead_card.ui" line="7"/>
        <source>separate several with commas</source>
        <translation>несколько — через запятую</translation>
    </message>
    <message>
        <location filename="../../ui/lead_card.ui" line="7"/>
        <source>&amp;Emails</source>
        <translation>&amp;Эл. почта</translation>
    </message>
    <message>
        <location filename="../../ui/lead_card.ui" line="7"/>
        <source>&amp;Need</source>
        <translation>&amp;Потребность</translation>
    </message>
    <message>
        <location filename="../../ui/lead_card.ui" line="7"/>
        <source>&amp;Budget notes</source>
        <translation>&amp;Бюджет</translation>
    </message>
    <message>
        <location filename="../../ui/lead_card.ui" line="7"/>
        <source>&amp;Temperature</source>
        <translation>Т&amp;емпература</translation>
    </message>
    <message>
        <location filename="../../ui/lead_card.ui" line="7"/>
        <source>&amp;Quality</source>
        <translation>&amp;Качество</translation>
    </message>
    <message>
        <location filename="../../ui/lead_card.ui" line="7"/>
        <source>&amp;Score</source>
        <translation>&amp;Оценка</translation>
    </message>
    <message>
        <location filename="../../ui/lead_card.ui" line="7"/>
        <source>Time &amp;zone</source>
        <translation>Часовой &amp;пояс</translation>
    </message>
    <message>
        <location filename="../../ui/lead_card.ui" line="7"/>
        <source>from the phone number</source>
        <translation>по номеру телефона</translation>
    </message>
    <message>
        <location filename="../../ui/lead_card.ui" line="7"/>
        <source>Re&amp;vert</source>
        <translation>О&amp;тменить</translation>
    </message>
    <message>
        <location filename="../../ui/lead_card.ui" line="7"/>
        <source>Sa&amp;ve changes</source>
        <translation>Со&amp;хранить</translation>
    </message>
    <message>
        <location filename="../../ui/lead_card.ui" line="7"/>
        <source>History</source>
        <translation>История</translation>
    </message>
</context>
<context>
    <name>LockDialog</name>
    <message>
        <location filename="../../desktop/views/idle_lock.py" line="49"/>
        <source>Salesdesk is locked</source>
        <translation>Salesdesk заблокирован</translation>
    </message>
    <message>
        <location filename="../../desktop/views/idle_lock.py" line="55"/>
        <source>Locked after a while without use. Type the password of %1 to go on.</source>
        <translation>Заблокировано после бездействия. Введите пароль пользователя %1, чтобы продолжить.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/idle_lock.py" line="68"/>
        <source>&amp;Unlock</source>
        <translation>&amp;Разблокировать</translation>
    </message>
    <message>
        <location filename="../../desktop/views/idle_lock.py" line="92"/>
        <source>That is not the password.</source>
        <translation>Пароль неверный.</translation>
    </message>
</context>
<context>
    <name>LoginDialog</name>
    <message>
        <location filename="../../desktop/views/login_dialog.py" line="63"/>
        <location filename="../../ui/login_dialog.ui" line="6"/>
        <source>Log in</source>
        <translation>Войти</translation>
    </message>
    <message>
        <location filename="../../desktop/views/login_dialog.py" line="132"/>
        <source>Type your username.</source>
        <translation>Введите имя пользователя.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/login_dialog.py" line="135"/>
        <source>Type your password.</source>
        <translation>Введите пароль.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/login_dialog.py" line="159"/>
        <source>Save their unsent work</source>
        <translation>Сохранить неотправленные изменения</translation>
    </message>
    <message>
        <location filename="../../desktop/views/login_dialog.py" line="159"/>
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
    <message>
        <location filename="../../desktop/views/login_dialog.py" line="167"/>
        <source>Another user&apos;s work is on this computer</source>
        <translation>На этом компьютере работа другого пользователя</translation>
    </message>
    <message>
        <location filename="../../desktop/views/login_dialog.py" line="169"/>
        <source>Their changes have not reached the server. Save them to a file (for them or your admin) and erase them, so that you can log in here?</source>
        <translation>Их изменения не дошли до сервера. Сохранить их в файл (для них или администратора) и стереть, чтобы вы могли войти здесь?</translation>
    </message>
    <message>
        <location filename="../../desktop/views/login_dialog.py" line="186"/>
        <source>Logging in…</source>
        <translation>Вход…</translation>
    </message>
    <message>
        <location filename="../../desktop/views/login_dialog.py" line="200"/>
        <source>Wrong username or password, or the account is disabled.</source>
        <translation>Неверное имя пользователя или пароль, либо учётная запись отключена.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/login_dialog.py" line="207"/>
        <source>The server&apos;s certificate cannot be trusted (%1). Ask your admin for the CA bundle and set it in Settings.</source>
        <translation>Сертификату сервера нельзя доверять (%1). Попросите у администратора файл CA и укажите его в настройках.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/login_dialog.py" line="216"/>
        <source>Cannot reach the server: %1</source>
        <translation>Сервер недоступен: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/views/login_dialog.py" line="224"/>
        <source>Login failed: %1</source>
        <translation>Не удалось войти: %1</translation>
    </message>
    <message>
        <location filename="../../ui/login_dialog.ui" line="7"/>
        <source>Log in to your team&apos;s Salesdesk server. The password is not stored; a login token is kept in the system keyring.</source>
        <translation>Войдите на сервер Salesdesk вашей команды. Пароль не сохраняется; токен входа хранится в системном хранилище ключей.</translation>
    </message>
    <message>
        <location filename="../../ui/login_dialog.ui" line="7"/>
        <source>&amp;Server</source>
        <translation>&amp;Сервер</translation>
    </message>
    <message>
        <location filename="../../ui/login_dialog.ui" line="7"/>
        <source>https://salesdesk.example.com</source>
        <translation>https://salesdesk.example.com</translation>
    </message>
    <message>
        <location filename="../../ui/login_dialog.ui" line="7"/>
        <source>&amp;Username</source>
        <translation>&amp;Пользователь</translation>
    </message>
    <message>
        <location filename="../../ui/login_dialog.ui" line="7"/>
        <source>&amp;Password</source>
        <translation>П&amp;ароль</translation>
    </message>
    <message>
        <location filename="../../ui/login_dialog.ui" line="7"/>
        <source>Phone &amp;region</source>
        <translation>&amp;Регион телефонов</translation>
    </message>
    <message>
        <location filename="../../ui/login_dialog.ui" line="7"/>
        <source>My &amp;time zone</source>
        <translation>Мой &amp;часовой пояс</translation>
    </message>
    <message>
        <location filename="../../ui/login_dialog.ui" line="7"/>
        <source>National phone numbers are read in this region; calling hours and callbacks follow this time zone. Suggested from this computer; change them here or later in Settings.</source>
        <translation>Номера без кода страны читаются в этом регионе; часы звонков и перезвоны идут по этому поясу. Предложено по настройкам компьютера; измените здесь или позже в настройках.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../desktop/views/main_window.py" line="278"/>
        <source>Salesdesk</source>
        <extracomment>A hot lead that arrived this long before the window opened still rings.</extracomment>
        <translation>Salesdesk</translation>
    </message>
    <message>
        <location filename="../../desktop/views/window_actions.py" line="124"/>
        <source>Start call</source>
        <translation>Начать звонок</translation>
    </message>
    <message>
        <location filename="../../desktop/views/window_actions.py" line="125"/>
        <source>End call</source>
        <translation>Завершить звонок</translation>
    </message>
    <message>
        <location filename="../../desktop/views/window_actions.py" line="126"/>
        <source>Skip</source>
        <translation>Пропустить</translation>
    </message>
    <message>
        <location filename="../../desktop/views/window_actions.py" line="127"/>
        <source>Sync now</source>
        <translation>Синхронизировать</translation>
    </message>
    <message>
        <location filename="../../desktop/views/window_actions.py" line="128"/>
        <source>Exhibition mode</source>
        <translation>Режим выставки</translation>
    </message>
    <message>
        <location filename="../../desktop/views/window_actions.py" line="129"/>
        <source>Dashboard</source>
        <translation>Показатели</translation>
    </message>
    <message>
        <location filename="../../desktop/views/window_actions.py" line="130"/>
        <source>Edit scripts</source>
        <translation>Сценарии</translation>
    </message>
    <message>
        <location filename="../../desktop/views/window_actions.py" line="131"/>
        <source>Team</source>
        <translation>Команда</translation>
    </message>
    <message>
        <location filename="../../desktop/views/window_actions.py" line="132"/>
        <source>Conflicts</source>
        <translation>Конфликты</translation>
    </message>
    <message>
        <location filename="../../desktop/views/window_actions.py" line="133"/>
        <source>Settings</source>
        <translation>Настройки</translation>
    </message>
    <message>
        <location filename="../../desktop/views/window_actions.py" line="134"/>
        <source>Shortcuts</source>
        <translation>Клавиши</translation>
    </message>
    <message>
        <location filename="../../desktop/views/window_actions.py" line="135"/>
        <source>Log out</source>
        <translation>Выйти из учётной записи</translation>
    </message>
    <message>
        <location filename="../../desktop/views/main_window.py" line="284"/>
        <source>(%1 due now) %2</source>
        <translation>(сейчас: %1) %2</translation>
    </message>
    <message>
        <location filename="../../desktop/views/main_window.py" line="293"/>
        <source>Nothing to resolve: no conflicts or rejected changes.</source>
        <translation>Разбирать нечего: нет конфликтов и отклонённых изменений.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/main_window.py" line="303"/>
        <source>Call %1 back now.</source>
        <translation>Перезвоните: %1.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/main_window.py" line="306"/>
        <source>Call %1 back now (+%2 more due).</source>
        <translation>Перезвоните: %1 (и ещё %2).</translation>
    </message>
    <message>
        <location filename="../../desktop/views/main_window.py" line="310"/>
        <source>Callback due</source>
        <translation>Пора перезвонить</translation>
    </message>
    <message>
        <location filename="../../desktop/views/main_window.py" line="325"/>
        <source>arrived just now</source>
        <translation>пришёл только что</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/views/main_window.py" line="327"/>
        <source>arrived %n minute(s) ago</source>
        <translation>
            <numerusform>пришёл %n минуту назад</numerusform>
            <numerusform>пришёл %n минуты назад</numerusform>
            <numerusform>пришёл %n минут назад</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/views/main_window.py" line="330"/>
        <source>New hot lead</source>
        <translation>Новый горячий лид</translation>
    </message>
    <message>
        <location filename="../../desktop/views/main_window.py" line="399"/>
        <source>Finish the call first (F6).</source>
        <translation>Сначала завершите звонок (F6).</translation>
    </message>
    <message>
        <location filename="../../desktop/views/main_window.py" line="423"/>
        <source>Nothing on this computer can dial: dial %1 on your phone. &lt;a href=&apos;settings&apos;&gt;Set up a dialer…&lt;/a&gt;</source>
        <translation>На этом компьютере нечем набрать номер: наберите %1 на телефоне. &lt;a href=&apos;settings&apos;&gt;Настроить набор…&lt;/a&gt;</translation>
    </message>
    <message>
        <location filename="../../desktop/views/main_window.py" line="450"/>
        <source>Taken back: the call waits for its outcome (F6).</source>
        <translation>Отменено: звонок снова ждёт итога (F6).</translation>
    </message>
    <message>
        <location filename="../../desktop/views/main_window.py" line="471"/>
        <source>Corrected. The correction is what counts.</source>
        <translation>Исправлено. В отчётах учитывается исправленный вариант.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/main_window.py" line="498"/>
        <source>Skipped. Next lead.</source>
        <translation>Пропущен. Следующий лид.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/main_window.py" line="520"/>
        <source>You were on a call with %1 at %2 (%3) — record its outcome (F6).</source>
        <translation>Вы разговаривали с %1 в %2 (%3) — запишите итог звонка (F6).</translation>
    </message>
    <message>
        <location filename="../../desktop/views/main_window.py" line="532"/>
        <source>On call %1</source>
        <translation>Звонок %1</translation>
    </message>
    <message>
        <location filename="../../desktop/views/main_window.py" line="576"/>
        <source>The outcome is not saved yet: press F6 to record it.</source>
        <translation>Итог звонка ещё не сохранён: нажмите F6, чтобы записать его.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/main_window.py" line="597"/>
        <source>Saved. Next lead.</source>
        <translation>Сохранено. Следующий лид.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/main_window.py" line="601"/>
        <source>Saved the call with %1.</source>
        <translation>Звонок с %1 сохранён.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/main_window.py" line="730"/>
        <source>Changes not synced</source>
        <translation>Изменения не отправлены</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/views/main_window.py" line="732"/>
        <source>%n change(s) made here have not reached the server yet. They stay on this computer and are sent after the next login. Log out anyway?</source>
        <translation>
            <numerusform>%n изменение, сделанное здесь, ещё не дошло до сервера. Оно остаётся на этом компьютере и будет отправлено после следующего входа. Всё равно выйти?</numerusform>
            <numerusform>%n изменения, сделанные здесь, ещё не дошли до сервера. Они остаются на этом компьютере и будут отправлены после следующего входа. Всё равно выйти?</numerusform>
            <numerusform>%n изменений, сделанных здесь, ещё не дошли до сервера. Они остаются на этом компьютере и будут отправлены после следующего входа. Всё равно выйти?</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/views/main_window.py" line="754"/>
        <source>Log out and erase Salesdesk&apos;s data on this computer? Your leads come back at the next login.</source>
        <translation>Выйти и стереть данные Salesdesk на этом компьютере? Ваши лиды вернутся при следующем входе.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/views/main_window.py" line="759"/>
        <source>%n change(s) made here are not on the server yet: you choose a file to save them to first.</source>
        <translation>
            <numerusform>%n изменение, сделанное здесь, ещё не на сервере: сначала выберите файл, чтобы сохранить его.</numerusform>
            <numerusform>%n изменения, сделанные здесь, ещё не на сервере: сначала выберите файл, чтобы сохранить их.</numerusform>
            <numerusform>%n изменений, сделанных здесь, ещё не на сервере: сначала выберите файл, чтобы сохранить их.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/views/main_window.py" line="766"/>
        <source>Erase this computer&apos;s data</source>
        <translation>Стереть данные на этом компьютере</translation>
    </message>
    <message>
        <location filename="../../desktop/views/main_window.py" line="775"/>
        <source>Save the unsent work</source>
        <translation>Сохранить неотправленную работу</translation>
    </message>
    <message>
        <location filename="../../desktop/views/main_window.py" line="775"/>
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
    <message>
        <location filename="../../desktop/views/main_window.py" line="796"/>
        <source>Logged out; Salesdesk&apos;s data on this computer is erased.</source>
        <translation>Вы вышли; данные Salesdesk на этом компьютере стёрты.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/main_window.py" line="802"/>
        <source>Could not erase: %1</source>
        <translation>Не удалось стереть: %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/views/main_window.py" line="810"/>
        <source>%n lead(s) stay on this computer.</source>
        <translation>
            <numerusform>%n лид остаётся на этом компьютере.</numerusform>
            <numerusform>%n лида остаются на этом компьютере.</numerusform>
            <numerusform>%n лидов остаются на этом компьютере.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/views/main_window.py" line="813"/>
        <source>%n unsynced change(s) wait for the next login.</source>
        <translation>
            <numerusform>%n несинхронизированное изменение ждёт следующего входа.</numerusform>
            <numerusform>%n несинхронизированных изменения ждут следующего входа.</numerusform>
            <numerusform>%n несинхронизированных изменений ждут следующего входа.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/views/main_window.py" line="817"/>
        <source>The server could not be told; the login is forgotten here.</source>
        <translation>Сервер не удалось известить; вход на этом компьютере забыт.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/main_window.py" line="819"/>
        <source>Logged out %1.</source>
        <translation>%1 вышел из учётной записи.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/main_window.py" line="821"/>
        <source>Could not log out: %1</source>
        <translation>Не удалось выйти из учётной записи: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/views/main_window.py" line="795"/>
        <location filename="../../desktop/views/main_window.py" line="857"/>
        <source>This computer&apos;s data was erased</source>
        <translation>Данные на этом компьютере стёрты</translation>
    </message>
    <message>
        <location filename="../../desktop/views/main_window.py" line="859"/>
        <source>Your admin marked this computer as lost. Your work was sent to the server, and Salesdesk&apos;s data on this computer has been erased. Log in again to go on.</source>
        <translation>Администратор отметил этот компьютер как потерянный. Ваша работа отправлена на сервер, а данные Salesdesk на этом компьютере стёрты. Войдите снова, чтобы продолжить.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/main_window.py" line="869"/>
        <source>A call is in progress</source>
        <translation>Идёт звонок</translation>
    </message>
    <message>
        <location filename="../../desktop/views/main_window.py" line="870"/>
        <source>The outcome of the current call is not saved. Quit anyway?</source>
        <translation>Итог текущего звонка не сохранён. Всё равно выйти?</translation>
    </message>
</context>
<context>
    <name>OutcomeDialog</name>
    <message>
        <location filename="../../desktop/views/outcome_dialog.py" line="194"/>
        <source>Call duration: %1</source>
        <translation>Длительность звонка: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/views/outcome_dialog.py" line="196"/>
        <source>— what happened? (1–7) —</source>
        <translation>— что произошло? (1–7) —</translation>
    </message>
    <message>
        <location filename="../../desktop/views/outcome_dialog.py" line="199"/>
        <source>— choose the result —</source>
        <translation>— выберите результат —</translation>
    </message>
    <message>
        <location filename="../../desktop/views/outcome_dialog.py" line="202"/>
        <source>— choose a reason —</source>
        <translation>— выберите причину —</translation>
    </message>
    <message>
        <location filename="../../desktop/views/outcome_dialog.py" line="232"/>
        <source>Correct the call</source>
        <translation>Исправить звонок</translation>
    </message>
    <message>
        <location filename="../../desktop/views/outcome_dialog.py" line="257"/>
        <source>The answers say: %1 — %2.</source>
        <translation>По ответам: %1 — %2.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/outcome_dialog.py" line="262"/>
        <source>Back in the queue: %1.</source>
        <translation>Вернётся в очередь: %1.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/outcome_dialog.py" line="269"/>
        <source>The answers meet none of the team&apos;s readiness rules: choose the result.</source>
        <translation>Ответы не подходят ни под одно правило готовности команды: выберите результат.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/outcome_dialog.py" line="274"/>
        <source>Score from the answers: %1 (%2).</source>
        <translation>Оценка по ответам: %1 (%2).</translation>
    </message>
    <message>
        <location filename="../../desktop/views/outcome_dialog.py" line="265"/>
        <source>Use it (Alt+U): %1</source>
        <translation>Принять (Alt+U): %1</translation>
    </message>
    <message>
        <location filename="../../desktop/views/outcome_dialog.py" line="284"/>
        <source>Why another result than the answers say?</source>
        <translation>Почему не тот результат, что по ответам?</translation>
    </message>
    <message>
        <location filename="../../desktop/views/outcome_dialog.py" line="343"/>
        <source>Their time. Yours: %1</source>
        <translation>Их время. Ваше: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/views/outcome_dialog.py" line="349"/>
        <source>Their time then: %1 (%2, zone unknown)</source>
        <translation>У них в это время: %1 (%2, пояс неизвестен)</translation>
    </message>
    <message>
        <location filename="../../desktop/views/outcome_dialog.py" line="351"/>
        <source>several countries</source>
        <translation>несколько стран</translation>
    </message>
    <message>
        <location filename="../../desktop/views/outcome_dialog.py" line="396"/>
        <source>Saving hands the lead to sales: it leaves your queue.</source>
        <translation>При сохранении лид передаётся в продажи и уходит из вашей очереди.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/outcome_dialog.py" line="398"/>
        <source>Saving sends the lead back to marketing until its return date.</source>
        <translation>При сохранении лид возвращается в маркетинг на прогрев до даты возврата.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/outcome_dialog.py" line="400"/>
        <source>Saving closes the lead as lost: it leaves your queue.</source>
        <translation>При сохранении лид закрывается как отказ и уходит из вашей очереди.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/outcome_dialog.py" line="401"/>
        <source>Saving counts the attempt; the lead stays in your queue.</source>
        <translation>При сохранении попытка засчитывается, лид остаётся в очереди.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/outcome_dialog.py" line="408"/>
        <source>Saving sends the lead back to marketing until %1.</source>
        <translation>После сохранения лид вернётся в маркетинг до %1.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/outcome_dialog.py" line="413"/>
        <source>Saving keeps the lead: try again %1.</source>
        <translation>При сохранении лид остаётся: следующая попытка %1.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/outcome_dialog.py" line="529"/>
        <source>Choose what happened on the line (keys 1–7), then the result.</source>
        <translation>Выберите, что произошло на линии (клавиши 1–7), затем результат.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/outcome_dialog.py" line="533"/>
        <source>Choose the result of the call.</source>
        <translation>Выберите результат звонка.</translation>
    </message>
    <message>
        <location filename="../../ui/outcome_dialog.ui" line="9"/>
        <source>Call outcome</source>
        <translation>Итог звонка</translation>
    </message>
    <message>
        <location filename="../../ui/outcome_dialog.ui" line="14"/>
        <source>Lead</source>
        <translation>Лид</translation>
    </message>
    <message>
        <location filename="../../ui/outcome_dialog.ui" line="22"/>
        <source>&amp;What happened</source>
        <translation>&amp;Что произошло</translation>
    </message>
    <message>
        <location filename="../../ui/outcome_dialog.ui" line="31"/>
        <source>&amp;Result</source>
        <translation>&amp;Результат</translation>
    </message>
    <message>
        <location filename="../../ui/outcome_dialog.ui" line="43"/>
        <source>&amp;Loss reason</source>
        <translation>Причина &amp;отказа</translation>
    </message>
    <message>
        <location filename="../../ui/outcome_dialog.ui" line="55"/>
        <source>&amp;Next call</source>
        <translation>&amp;Следующий звонок</translation>
    </message>
    <message>
        <location filename="../../ui/outcome_dialog.ui" line="64"/>
        <source>In 1 &amp;hour</source>
        <translation>Через &amp;час</translation>
    </message>
    <message>
        <location filename="../../ui/outcome_dialog.ui" line="65"/>
        <source>Tomorrow mornin&amp;g</source>
        <translation>&amp;Завтра утром</translation>
    </message>
    <message>
        <location filename="../../ui/outcome_dialog.ui" line="66"/>
        <source>Ne&amp;xt week</source>
        <translation>На следующей &amp;неделе</translation>
    </message>
    <message>
        <location filename="../../ui/outcome_dialog.ui" line="74"/>
        <source>&amp;Objections raised</source>
        <translation>&amp;Возражения</translation>
    </message>
    <message>
        <location filename="../../ui/outcome_dialog.ui" line="83"/>
        <source>&amp;Answers used</source>
        <translation>Использованные &amp;ответы</translation>
    </message>
    <message>
        <location filename="../../ui/outcome_dialog.ui" line="92"/>
        <source>&amp;Temperature</source>
        <translation>Т&amp;емпература</translation>
    </message>
    <message>
        <location filename="../../ui/outcome_dialog.ui" line="99"/>
        <source>&amp;Quality</source>
        <translation>&amp;Качество</translation>
    </message>
    <message>
        <location filename="../../ui/outcome_dialog.ui" line="105"/>
        <source>N&amp;ote</source>
        <translation>З&amp;аметка</translation>
    </message>
    <message>
        <location filename="../../ui/outcome_dialog.ui" line="119"/>
        <source>Duration</source>
        <translation>Длительность</translation>
    </message>
</context>
<context>
    <name>PeopleTab</name>
    <message>
        <location filename="../../desktop/views/team_view.py" line="468"/>
        <location filename="../../desktop/views/team_view.py" line="480"/>
        <source>Username</source>
        <translation>Логин</translation>
    </message>
    <message>
        <location filename="../../desktop/views/team_view.py" line="468"/>
        <location filename="../../desktop/views/team_view.py" line="480"/>
        <source>Name</source>
        <translation>Имя</translation>
    </message>
    <message>
        <location filename="../../desktop/views/team_view.py" line="469"/>
        <location filename="../../desktop/views/team_view.py" line="480"/>
        <source>Role</source>
        <translation>Роль</translation>
    </message>
    <message>
        <location filename="../../desktop/views/team_view.py" line="469"/>
        <location filename="../../desktop/views/team_view.py" line="481"/>
        <source>Time zone</source>
        <translation>Часовой пояс</translation>
    </message>
    <message>
        <location filename="../../desktop/views/team_view.py" line="469"/>
        <location filename="../../desktop/views/team_view.py" line="480"/>
        <source>Team</source>
        <translation>Команда</translation>
    </message>
    <message>
        <location filename="../../desktop/views/team_view.py" line="474"/>
        <source>Add with a one-time password</source>
        <translation>Добавить с одноразовым паролем</translation>
    </message>
    <message>
        <location filename="../../desktop/views/team_view.py" line="475"/>
        <source>New one-time password</source>
        <translation>Новый одноразовый пароль</translation>
    </message>
    <message>
        <location filename="../../desktop/views/team_view.py" line="476"/>
        <source>Move to the team above</source>
        <translation>Перевести в команду выше</translation>
    </message>
    <message>
        <location filename="../../desktop/views/team_view.py" line="477"/>
        <location filename="../../desktop/views/team_view.py" line="616"/>
        <source>Disable</source>
        <translation>Отключить</translation>
    </message>
    <message>
        <location filename="../../desktop/views/team_view.py" line="478"/>
        <source>Wipe this device…</source>
        <translation>Стереть это устройство…</translation>
    </message>
    <message>
        <location filename="../../desktop/views/team_view.py" line="481"/>
        <source>State</source>
        <translation>Состояние</translation>
    </message>
    <message>
        <location filename="../../desktop/views/team_view.py" line="484"/>
        <source>User</source>
        <translation>Пользователь</translation>
    </message>
    <message>
        <location filename="../../desktop/views/team_view.py" line="484"/>
        <source>Device</source>
        <translation>Устройство</translation>
    </message>
    <message>
        <location filename="../../desktop/views/team_view.py" line="484"/>
        <source>Last contact</source>
        <translation>Последняя связь</translation>
    </message>
    <message>
        <location filename="../../desktop/views/team_view.py" line="484"/>
        <location filename="../../desktop/views/team_view.py" line="638"/>
        <source>Wipe</source>
        <translation>Стереть</translation>
    </message>
    <message>
        <location filename="../../desktop/views/team_view.py" line="503"/>
        <source>Changes here are an admin&apos;s.</source>
        <translation>Изменения здесь вносит администратор.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/team_view.py" line="513"/>
        <source>disabled</source>
        <translation>отключён</translation>
    </message>
    <message>
        <location filename="../../desktop/views/team_view.py" line="513"/>
        <source>active</source>
        <translation>активен</translation>
    </message>
    <message>
        <location filename="../../desktop/views/team_view.py" line="525"/>
        <source>erased</source>
        <translation>стёрто</translation>
    </message>
    <message>
        <location filename="../../desktop/views/team_view.py" line="527"/>
        <source>to erase at its next contact</source>
        <translation>сотрётся при следующей связи</translation>
    </message>
    <message>
        <location filename="../../desktop/views/team_view.py" line="557"/>
        <source>Type the username first.</source>
        <translation>Сначала введите логин.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/team_view.py" line="571"/>
        <source>%1 added.</source>
        <translation>%1 добавлен.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/team_view.py" line="572"/>
        <location filename="../../desktop/views/team_view.py" line="587"/>
        <source>One-time password for %1: %2 — shown this once.</source>
        <translation>Одноразовый пароль для %1: %2 — показан только сейчас.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/team_view.py" line="586"/>
        <source>%1 has a new password; their sessions ended.</source>
        <translation>У %1 новый пароль; его сеансы завершены.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/team_view.py" line="601"/>
        <source>%1 moved to %2.</source>
        <translation>%1 переведён: %2.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/team_view.py" line="601"/>
        <source>no team</source>
        <translation>без команды</translation>
    </message>
    <message>
        <location filename="../../desktop/views/team_view.py" line="610"/>
        <source>Disable %1? Their sessions end and their open leads go to others by the rules.</source>
        <translation>Отключить %1? Его сеансы завершатся, а открытые лиды перейдут другим по правилам.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/team_view.py" line="625"/>
        <source>%1 is disabled.</source>
        <translation>%1 отключён.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/team_view.py" line="633"/>
        <source>Wipe %1? At its next contact it sends what it has and erases its data.</source>
        <translation>Стереть %1? При следующей связи оно отправит то, что есть, и сотрёт свои данные.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/team_view.py" line="647"/>
        <source>%1 will erase its data at its next contact.</source>
        <translation>%1 сотрёт свои данные при следующей связи.</translation>
    </message>
</context>
<context>
    <name>PowerDialer</name>
    <message>
        <location filename="../../desktop/views/power_dialer.py" line="110"/>
        <source>Calling %1 in %2 s — Esc cancels</source>
        <translation>Звоню: %1 через %2 с — Esc отменяет</translation>
    </message>
</context>
<context>
    <name>ProblemsDialog</name>
    <message>
        <location filename="../../desktop/views/problems_dialog.py" line="94"/>
        <source>Conflicts and rejected changes</source>
        <translation>Конфликты и отклонённые изменения</translation>
    </message>
    <message>
        <location filename="../../desktop/views/problems_dialog.py" line="98"/>
        <source>Lead</source>
        <translation>Лид</translation>
    </message>
    <message>
        <location filename="../../desktop/views/problems_dialog.py" line="98"/>
        <source>Field</source>
        <translation>Поле</translation>
    </message>
    <message>
        <location filename="../../desktop/views/problems_dialog.py" line="98"/>
        <source>Mine</source>
        <translation>Моё</translation>
    </message>
    <message>
        <location filename="../../desktop/views/problems_dialog.py" line="98"/>
        <source>Server&apos;s</source>
        <translation>На сервере</translation>
    </message>
    <message>
        <location filename="../../desktop/views/problems_dialog.py" line="101"/>
        <location filename="../../desktop/views/problems_dialog.py" line="157"/>
        <source>When</source>
        <translation>Когда</translation>
    </message>
    <message>
        <location filename="../../desktop/views/problems_dialog.py" line="101"/>
        <location filename="../../desktop/views/problems_dialog.py" line="157"/>
        <source>What</source>
        <translation>Что</translation>
    </message>
    <message>
        <location filename="../../desktop/views/problems_dialog.py" line="101"/>
        <source>Lead or call</source>
        <translation>Лид или звонок</translation>
    </message>
    <message>
        <location filename="../../desktop/views/problems_dialog.py" line="101"/>
        <source>Server&apos;s reason</source>
        <translation>Причина сервера</translation>
    </message>
    <message>
        <location filename="../../desktop/views/problems_dialog.py" line="108"/>
        <source>You and the server both changed these fields. Your value is kept until you choose.</source>
        <translation>Эти поля изменили и вы, и сервер. Ваше значение сохраняется, пока вы не выберете.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/problems_dialog.py" line="115"/>
        <source>Keep &amp;mine</source>
        <translation>Оставить &amp;моё</translation>
    </message>
    <message>
        <location filename="../../desktop/views/problems_dialog.py" line="116"/>
        <source>Take the &amp;server&apos;s</source>
        <translation>Взять с &amp;сервера</translation>
    </message>
    <message>
        <location filename="../../desktop/views/problems_dialog.py" line="117"/>
        <source>&amp;Edit…</source>
        <translation>&amp;Изменить…</translation>
    </message>
    <message>
        <location filename="../../desktop/views/problems_dialog.py" line="130"/>
        <source>The server refused these changes. Retry one after fixing what the reason says, or export them for support.</source>
        <translation>Сервер отклонил эти изменения. Исправьте то, что указано в причине, и повторите, или выгрузите их для поддержки.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/problems_dialog.py" line="137"/>
        <source>&amp;Retry</source>
        <translation>&amp;Повторить</translation>
    </message>
    <message>
        <location filename="../../desktop/views/problems_dialog.py" line="138"/>
        <source>E&amp;xport CSV…</source>
        <translation>&amp;Выгрузить CSV…</translation>
    </message>
    <message>
        <location filename="../../desktop/views/problems_dialog.py" line="150"/>
        <source>These changes from the server could not be read by this version and were kept aside; everything else was synced. Tell your admin (the reason says what is wrong); a corrected version replaces them by itself.</source>
        <translation>Эти изменения с сервера эта версия не смогла прочитать и отложила; всё остальное синхронизировано. Сообщите администратору (в причине сказано, что не так); исправленная версия заменит их сама.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/problems_dialog.py" line="157"/>
        <source>Which</source>
        <translation>Что именно</translation>
    </message>
    <message>
        <location filename="../../desktop/views/problems_dialog.py" line="157"/>
        <source>Why</source>
        <translation>Причина</translation>
    </message>
    <message>
        <location filename="../../desktop/views/problems_dialog.py" line="194"/>
        <source>Conflicts (%1)</source>
        <translation>Конфликты (%1)</translation>
    </message>
    <message>
        <location filename="../../desktop/views/problems_dialog.py" line="195"/>
        <source>Rejected (%1)</source>
        <translation>Отклонённые (%1)</translation>
    </message>
    <message>
        <location filename="../../desktop/views/problems_dialog.py" line="196"/>
        <source>Could not read (%1)</source>
        <translation>Не прочитано (%1)</translation>
    </message>
    <message>
        <location filename="../../desktop/views/problems_dialog.py" line="214"/>
        <source>Edit</source>
        <translation>Изменить</translation>
    </message>
    <message>
        <location filename="../../desktop/views/problems_dialog.py" line="222"/>
        <source>Resolved; it goes to the server with the next sync.</source>
        <translation>Решено; уйдёт на сервер при следующей синхронизации.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/problems_dialog.py" line="232"/>
        <source>Queued again; it goes with the next sync.</source>
        <translation>Снова в очереди; уйдёт при следующей синхронизации.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/problems_dialog.py" line="240"/>
        <source>Export rejected changes</source>
        <translation>Выгрузить отклонённые изменения</translation>
    </message>
    <message>
        <location filename="../../desktop/views/problems_dialog.py" line="245"/>
        <source>Exported to %1</source>
        <translation>Выгружено в %1</translation>
    </message>
</context>
<context>
    <name>QueueModel</name>
    <message>
        <location filename="../../desktop/views/queue_model.py" line="165"/>
        <source>Priority</source>
        <translation>Приоритет</translation>
    </message>
    <message>
        <location filename="../../desktop/views/queue_model.py" line="166"/>
        <source>Name</source>
        <translation>Имя</translation>
    </message>
    <message>
        <location filename="../../desktop/views/queue_model.py" line="167"/>
        <source>Company</source>
        <translation>Компания</translation>
    </message>
    <message>
        <location filename="../../desktop/views/queue_model.py" line="168"/>
        <source>Temp.</source>
        <translation>Темп.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/queue_model.py" line="171"/>
        <source>Stage</source>
        <translation>Этап</translation>
    </message>
    <message>
        <location filename="../../desktop/views/queue_model.py" line="229"/>
        <source>%1: held back; can be called from %2</source>
        <translation>%1: отложен; звонить можно с %2</translation>
    </message>
    <message>
        <location filename="../../desktop/views/queue_model.py" line="233"/>
        <source>Callback overdue: it was due %1</source>
        <translation>Перезвон просрочен: он был назначен на %1</translation>
    </message>
    <message>
        <location filename="../../desktop/views/queue_model.py" line="234"/>
        <source>Callback due %1</source>
        <translation>Перезвонить %1</translation>
    </message>
    <message>
        <location filename="../../desktop/views/queue_model.py" line="242"/>
        <source>%1 where the lead is (%2)</source>
        <translation>%1 у лида (%2)</translation>
    </message>
    <message>
        <location filename="../../desktop/views/queue_model.py" line="245"/>
        <source>Zone not known; it may be: %1</source>
        <translation>Пояс неизвестен; возможно: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/views/queue_model.py" line="248"/>
        <source>Time zone unknown</source>
        <translation>Часовой пояс неизвестен</translation>
    </message>
    <message>
        <location filename="../../desktop/views/queue_model.py" line="257"/>
        <source>%1 late</source>
        <translation>%1 просрочен</translation>
    </message>
    <message>
        <location filename="../../desktop/views/queue_model.py" line="258"/>
        <source>%1 callback</source>
        <translation>%1 перезвон</translation>
    </message>
    <message>
        <location filename="../../desktop/views/queue_model.py" line="295"/>
        <source>%1 · no consent</source>
        <translation>%1 · без согласия</translation>
    </message>
    <message>
        <location filename="../../desktop/views/queue_model.py" line="170"/>
        <source>Next call</source>
        <translation>Звонок</translation>
    </message>
    <message>
        <location filename="../../desktop/views/queue_model.py" line="172"/>
        <source>Tries</source>
        <translation>Попыток</translation>
    </message>
    <message>
        <location filename="../../desktop/views/queue_model.py" line="173"/>
        <source>Source</source>
        <translation>Источник</translation>
    </message>
    <message>
        <location filename="../../desktop/views/queue_model.py" line="169"/>
        <source>Their time</source>
        <translation>У них</translation>
    </message>
    <message>
        <location filename="../../desktop/views/queue_model.py" line="225"/>
        <source>Closed: this lead left the queue (converted or lost).</source>
        <translation>Закрыт: лид вышел из очереди (передан в продажи или потерян).</translation>
    </message>
</context>
<context>
    <name>QueuePanel</name>
    <message>
        <location filename="../../desktop/views/queue_panel.py" line="141"/>
        <source>Search name, company, phone or email (Ctrl+F)</source>
        <translation>Поиск по имени, компании, телефону, почте (Ctrl+F)</translation>
    </message>
    <message>
        <location filename="../../desktop/views/queue_panel.py" line="142"/>
        <source>All leads</source>
        <translation>Все лиды</translation>
    </message>
    <message>
        <location filename="../../desktop/views/queue_panel.py" line="145"/>
        <source>Search every lead, converted and lost ones included, not only this view (Ctrl+Shift+F)</source>
        <translation>Искать по всем лидам, включая переданных и потерянных, а не только в этом списке (Ctrl+Shift+F)</translation>
    </message>
    <message>
        <location filename="../../desktop/views/queue_panel.py" line="154"/>
        <source>Due now</source>
        <translation>Сейчас</translation>
    </message>
    <message>
        <location filename="../../desktop/views/queue_panel.py" line="155"/>
        <source>Hot</source>
        <translation>Горячие</translation>
    </message>
    <message>
        <location filename="../../desktop/views/queue_panel.py" line="156"/>
        <source>New</source>
        <translation>Новые</translation>
    </message>
    <message>
        <location filename="../../desktop/views/queue_panel.py" line="157"/>
        <source>Callbacks</source>
        <translation>Перезвоны</translation>
    </message>
    <message>
        <location filename="../../desktop/views/queue_panel.py" line="158"/>
        <source>Nurturing</source>
        <translation>Прогрев</translation>
    </message>
    <message>
        <location filename="../../desktop/views/queue_panel.py" line="159"/>
        <source>All</source>
        <translation>Все</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/views/queue_panel.py" line="167"/>
        <source>%Ln lead(s) shown</source>
        <translation>
            <numerusform>Показан %Ln лид</numerusform>
            <numerusform>Показано %Ln лида</numerusform>
            <numerusform>Показано %Ln лидов</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Review</name>
    <message>
        <location filename="../../desktop/views/team_work_view.py" line="62"/>
        <source>Possible duplicate</source>
        <extracomment>&quot;Never called for over …&quot;: the choices, in hours (None: any lead).</extracomment>
        <translation>Возможный дубль</translation>
    </message>
    <message>
        <location filename="../../desktop/views/team_work_view.py" line="63"/>
        <source>Called after the lead was reassigned</source>
        <translation>Звонок после передачи лида другому</translation>
    </message>
    <message>
        <location filename="../../desktop/views/team_work_view.py" line="64"/>
        <source>Result contradicts the lead&apos;s stage</source>
        <translation>Итог противоречит этапу лида</translation>
    </message>
    <message>
        <location filename="../../desktop/views/team_work_view.py" line="65"/>
        <source>Loss reason retired meanwhile</source>
        <translation>Причина отказа за это время снята</translation>
    </message>
    <message>
        <location filename="../../desktop/views/team_work_view.py" line="66"/>
        <source>Refused: dated later than received</source>
        <translation>Отклонён: дата позже получения</translation>
    </message>
    <message>
        <location filename="../../desktop/views/team_work_view.py" line="67"/>
        <source>Refused: waited offline too long</source>
        <translation>Отклонён: слишком долго ждал офлайн</translation>
    </message>
    <message>
        <location filename="../../desktop/views/team_work_view.py" line="68"/>
        <source>Refused: dated before the lead arrived</source>
        <translation>Отклонён: дата раньше появления лида</translation>
    </message>
    <message>
        <location filename="../../desktop/views/team_work_view.py" line="69"/>
        <source>Refused: the lead was someone else&apos;s then</source>
        <translation>Отклонён: лид тогда был у другого</translation>
    </message>
    <message>
        <location filename="../../desktop/views/team_work_view.py" line="77"/>
        <source>Name</source>
        <translation>Имя</translation>
    </message>
    <message>
        <location filename="../../desktop/views/team_work_view.py" line="77"/>
        <source>Company, position</source>
        <translation>Компания, должность</translation>
    </message>
    <message>
        <location filename="../../desktop/views/team_work_view.py" line="78"/>
        <source>Need, budget notes</source>
        <translation>Потребность, бюджет</translation>
    </message>
    <message>
        <location filename="../../desktop/views/team_work_view.py" line="79"/>
        <source>City, time zone</source>
        <translation>Город, часовой пояс</translation>
    </message>
    <message>
        <location filename="../../desktop/views/team_work_view.py" line="80"/>
        <source>Source, campaign, event</source>
        <translation>Источник, кампания, мероприятие</translation>
    </message>
    <message>
        <location filename="../../desktop/views/team_work_view.py" line="81"/>
        <source>Quality, temperature, score</source>
        <translation>Качество, температура, оценка</translation>
    </message>
    <message>
        <location filename="../../desktop/views/team_work_view.py" line="82"/>
        <source>Stage, next call</source>
        <translation>Этап, следующий звонок</translation>
    </message>
    <message>
        <location filename="../../desktop/views/team_work_view.py" line="83"/>
        <source>Consent</source>
        <translation>Согласие</translation>
    </message>
    <message>
        <location filename="../../desktop/views/team_work_view.py" line="99"/>
        <source>given</source>
        <translation>дано</translation>
    </message>
    <message>
        <location filename="../../desktop/views/team_work_view.py" line="298"/>
        <source>(gone)</source>
        <translation>(удалён)</translation>
    </message>
    <message>
        <location filename="../../desktop/views/team_work_view.py" line="331"/>
        <source>Lead</source>
        <translation>Лид</translation>
    </message>
    <message>
        <location filename="../../desktop/views/team_work_view.py" line="331"/>
        <source>Phone</source>
        <translation>Телефон</translation>
    </message>
    <message>
        <location filename="../../desktop/views/team_work_view.py" line="332"/>
        <source>Source</source>
        <translation>Источник</translation>
    </message>
    <message>
        <location filename="../../desktop/views/team_work_view.py" line="332"/>
        <source>Stage</source>
        <translation>Этап</translation>
    </message>
    <message>
        <location filename="../../desktop/views/team_work_view.py" line="333"/>
        <source>Temperature</source>
        <translation>Температура</translation>
    </message>
    <message>
        <location filename="../../desktop/views/team_work_view.py" line="333"/>
        <source>Arrived</source>
        <translation>Поступил</translation>
    </message>
    <message>
        <location filename="../../desktop/views/team_work_view.py" line="334"/>
        <source>Calls</source>
        <translation>Звонки</translation>
    </message>
    <message>
        <location filename="../../desktop/views/team_work_view.py" line="334"/>
        <source>Manager</source>
        <translation>Менеджер</translation>
    </message>
    <message>
        <location filename="../../desktop/views/team_work_view.py" line="358"/>
        <source>(unassigned)</source>
        <translation>(не назначен)</translation>
    </message>
</context>
<context>
    <name>ReviewTab</name>
    <message>
        <location filename="../../desktop/views/team_work_view.py" line="157"/>
        <source>Refresh</source>
        <translation>Обновить</translation>
    </message>
    <message>
        <location filename="../../desktop/views/team_work_view.py" line="158"/>
        <source>Merge into the first lead</source>
        <translation>Объединить в первый лид</translation>
    </message>
    <message>
        <location filename="../../desktop/views/team_work_view.py" line="159"/>
        <source>Keep both</source>
        <translation>Оставить оба</translation>
    </message>
    <message>
        <location filename="../../desktop/views/team_work_view.py" line="160"/>
        <source>Accept the call</source>
        <translation>Принять звонок</translation>
    </message>
    <message>
        <location filename="../../desktop/views/team_work_view.py" line="161"/>
        <source>Dismiss</source>
        <translation>Закрыть</translation>
    </message>
    <message>
        <location filename="../../desktop/views/team_work_view.py" line="163"/>
        <source>Tick what the merged lead takes from the second one; phones, emails, contact persons and both leads&apos; calls are kept.</source>
        <translation>Отметьте, что объединённый лид возьмёт из второго; телефоны, адреса, контактные лица и звонки обоих лидов сохраняются.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/team_work_view.py" line="167"/>
        <source>When</source>
        <translation>Когда</translation>
    </message>
    <message>
        <location filename="../../desktop/views/team_work_view.py" line="167"/>
        <source>What</source>
        <translation>Что</translation>
    </message>
    <message>
        <location filename="../../desktop/views/team_work_view.py" line="167"/>
        <source>Manager</source>
        <translation>Менеджер</translation>
    </message>
    <message>
        <location filename="../../desktop/views/team_work_view.py" line="167"/>
        <source>Lead</source>
        <translation>Лид</translation>
    </message>
    <message>
        <location filename="../../desktop/views/team_work_view.py" line="168"/>
        <source>Details</source>
        <translation>Подробности</translation>
    </message>
    <message>
        <location filename="../../desktop/views/team_work_view.py" line="171"/>
        <source>Fields</source>
        <translation>Поля</translation>
    </message>
    <message>
        <location filename="../../desktop/views/team_work_view.py" line="171"/>
        <source>First lead (kept)</source>
        <translation>Первый лид (остаётся)</translation>
    </message>
    <message>
        <location filename="../../desktop/views/team_work_view.py" line="171"/>
        <source>Second lead</source>
        <translation>Второй лид</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/views/team_work_view.py" line="191"/>
        <source>%n item(s) wait for a decision (as of %1).</source>
        <translation>
            <numerusform>%n запись ждёт решения (на %1).</numerusform>
            <numerusform>%n записи ждут решения (на %1).</numerusform>
            <numerusform>%n записей ждут решения (на %1).</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/views/team_work_view.py" line="206"/>
        <source>(gone)</source>
        <translation>(удалён)</translation>
    </message>
    <message>
        <location filename="../../desktop/views/team_work_view.py" line="207"/>
        <source>Same phone or email as %1 (%2)</source>
        <translation>Тот же телефон или адрес, что у %1 (%2)</translation>
    </message>
    <message>
        <location filename="../../desktop/views/team_work_view.py" line="241"/>
        <source>Phones</source>
        <translation>Телефоны</translation>
    </message>
    <message>
        <location filename="../../desktop/views/team_work_view.py" line="242"/>
        <source>Emails</source>
        <translation>Эл. почта</translation>
    </message>
</context>
<context>
    <name>Scan</name>
    <message>
        <location filename="../../desktop/views/scan_dialog.py" line="39"/>
        <source>Address</source>
        <extracomment>Image files the dialog offers to open (Qt reads them all without plug-ins).</extracomment>
        <translation>Адрес</translation>
    </message>
    <message>
        <location filename="../../desktop/views/scan_dialog.py" line="40"/>
        <source>Note</source>
        <translation>Заметка</translation>
    </message>
    <message>
        <location filename="../../desktop/views/scan_dialog.py" line="41"/>
        <location filename="../../desktop/views/scan_dialog.py" line="67"/>
        <source>Role</source>
        <translation>Должность</translation>
    </message>
    <message>
        <location filename="../../desktop/views/scan_dialog.py" line="42"/>
        <source>Nickname</source>
        <translation>Псевдоним</translation>
    </message>
    <message>
        <location filename="../../desktop/views/scan_dialog.py" line="43"/>
        <source>Messenger</source>
        <translation>Мессенджер</translation>
    </message>
    <message>
        <location filename="../../desktop/views/scan_dialog.py" line="44"/>
        <source>Full name</source>
        <translation>Полное имя</translation>
    </message>
    <message>
        <location filename="../../desktop/views/scan_dialog.py" line="45"/>
        <source>Department</source>
        <translation>Отдел</translation>
    </message>
    <message>
        <location filename="../../desktop/views/scan_dialog.py" line="46"/>
        <source>Web</source>
        <translation>Сайт</translation>
    </message>
    <message>
        <location filename="../../desktop/views/scan_dialog.py" line="47"/>
        <source>Fax</source>
        <translation>Факс</translation>
    </message>
    <message>
        <location filename="../../desktop/views/scan_dialog.py" line="48"/>
        <source>Subject</source>
        <translation>Тема</translation>
    </message>
    <message>
        <location filename="../../desktop/views/scan_dialog.py" line="49"/>
        <source>Message</source>
        <translation>Сообщение</translation>
    </message>
    <message>
        <location filename="../../desktop/views/scan_dialog.py" line="65"/>
        <source>Name</source>
        <translation>Имя</translation>
    </message>
    <message>
        <location filename="../../desktop/views/scan_dialog.py" line="66"/>
        <source>Company</source>
        <translation>Компания</translation>
    </message>
    <message>
        <location filename="../../desktop/views/scan_dialog.py" line="68"/>
        <source>Phone</source>
        <translation>Телефон</translation>
    </message>
    <message>
        <location filename="../../desktop/views/scan_dialog.py" line="69"/>
        <source>Email</source>
        <translation>Эл. почта</translation>
    </message>
    <message>
        <location filename="../../desktop/views/scan_dialog.py" line="70"/>
        <source>For the note</source>
        <translation>В заметку</translation>
    </message>
</context>
<context>
    <name>ScanDialog</name>
    <message>
        <location filename="../../desktop/views/scan_dialog.py" line="150"/>
        <source>Scan a badge or a card</source>
        <translation>Сканировать бейдж или визитку</translation>
    </message>
    <message>
        <location filename="../../desktop/views/scan_dialog.py" line="151"/>
        <source>&amp;Open an image… (Ctrl+O)</source>
        <translation>&amp;Открыть изображение… (Ctrl+O)</translation>
    </message>
    <message>
        <location filename="../../desktop/views/scan_dialog.py" line="152"/>
        <source>&amp;Paste (Ctrl+V)</source>
        <translation>&amp;Вставить (Ctrl+V)</translation>
    </message>
    <message>
        <location filename="../../desktop/views/scan_dialog.py" line="153"/>
        <source>Scan &amp;again (R)</source>
        <translation>Сканировать &amp;снова (R)</translation>
    </message>
    <message>
        <location filename="../../desktop/views/scan_dialog.py" line="154"/>
        <source>&amp;Use these details</source>
        <translation>&amp;Взять эти данные</translation>
    </message>
    <message>
        <location filename="../../desktop/views/scan_dialog.py" line="155"/>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <location filename="../../desktop/views/scan_dialog.py" line="168"/>
        <source>Hold the badge or card in front of the camera.</source>
        <translation>Поднесите бейдж или визитку к камере.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/scan_dialog.py" line="173"/>
        <source>No camera is connected.</source>
        <translation>Камера не подключена.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/scan_dialog.py" line="175"/>
        <source>No camera picture. Open an image of the code or paste one (Ctrl+V).</source>
        <translation>Нет изображения с камеры. Откройте снимок кода или вставьте его (Ctrl+V).</translation>
    </message>
    <message>
        <location filename="../../desktop/views/scan_dialog.py" line="179"/>
        <source>Open an image of the badge or card, or paste one.</source>
        <translation>Откройте снимок бейджа или визитки либо вставьте его.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/scan_dialog.py" line="205"/>
        <source>No code found in this picture.</source>
        <translation>На этом изображении код не найден.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/scan_dialog.py" line="213"/>
        <source>Read: %1</source>
        <translation>Прочитано: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/views/scan_dialog.py" line="213"/>
        <source>text</source>
        <translation>текст</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/views/scan_dialog.py" line="215"/>
        <source>%n code(s) in the picture; the first is used</source>
        <translation>
            <numerusform>на изображении %n код; взят первый</numerusform>
            <numerusform>на изображении %n кода; взят первый</numerusform>
            <numerusform>на изображении %n кодов; взят первый</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/views/scan_dialog.py" line="221"/>
        <source>The code holds nothing to use.</source>
        <translation>В коде нет данных, которые можно использовать.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/scan_dialog.py" line="227"/>
        <source>Open an image of the code</source>
        <translation>Открыть снимок кода</translation>
    </message>
    <message>
        <location filename="../../desktop/views/scan_dialog.py" line="229"/>
        <source>Images (%1)</source>
        <translation>Изображения (%1)</translation>
    </message>
    <message>
        <location filename="../../desktop/views/scan_dialog.py" line="238"/>
        <source>This file is not an image Salesdesk can read.</source>
        <translation>Этот файл — не изображение, которое может прочитать Salesdesk.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/scan_dialog.py" line="254"/>
        <source>The clipboard holds no picture and no text.</source>
        <translation>В буфере обмена нет ни изображения, ни текста.</translation>
    </message>
</context>
<context>
    <name>ScriptEditor</name>
    <message>
        <location filename="../../desktop/views/script_editor.py" line="197"/>
        <source>Script editor</source>
        <extracomment>The node fields the form edits, beside its choices and branches.</extracomment>
        <translation>Редактор сценариев</translation>
    </message>
    <message>
        <location filename="../../desktop/views/script_editor.py" line="198"/>
        <source>&amp;Script</source>
        <translation>&amp;Сценарий</translation>
    </message>
    <message>
        <location filename="../../desktop/views/script_editor.py" line="199"/>
        <source>S&amp;tarts at</source>
        <translation>&amp;Начало</translation>
    </message>
    <message>
        <location filename="../../desktop/views/script_editor.py" line="200"/>
        <source>&amp;Add a node</source>
        <translation>&amp;Добавить узел</translation>
    </message>
    <message>
        <location filename="../../desktop/views/script_editor.py" line="201"/>
        <source>&amp;Remove the node</source>
        <translation>&amp;Удалить узел</translation>
    </message>
    <message>
        <location filename="../../desktop/views/script_editor.py" line="203"/>
        <location filename="../../desktop/views/script_editor.py" line="211"/>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <location filename="../../desktop/views/script_editor.py" line="203"/>
        <source>Kind</source>
        <translation>Вид</translation>
    </message>
    <message>
        <location filename="../../desktop/views/script_editor.py" line="203"/>
        <source>Title</source>
        <translation>Заголовок</translation>
    </message>
    <message>
        <location filename="../../desktop/views/script_editor.py" line="204"/>
        <source>Text</source>
        <translation>Текст</translation>
    </message>
    <message>
        <location filename="../../desktop/views/script_editor.py" line="204"/>
        <location filename="../../desktop/views/script_editor.py" line="211"/>
        <location filename="../../desktop/views/script_editor.py" line="213"/>
        <source>Then</source>
        <translation>Дальше</translation>
    </message>
    <message>
        <location filename="../../desktop/views/script_editor.py" line="204"/>
        <source>Answer type</source>
        <translation>Тип ответа</translation>
    </message>
    <message>
        <location filename="../../desktop/views/script_editor.py" line="205"/>
        <source>Unit</source>
        <translation>Единица</translation>
    </message>
    <message>
        <location filename="../../desktop/views/script_editor.py" line="205"/>
        <source>Currency</source>
        <translation>Валюта</translation>
    </message>
    <message>
        <location filename="../../desktop/views/script_editor.py" line="206"/>
        <source>Objection</source>
        <translation>Возражение</translation>
    </message>
    <message>
        <location filename="../../desktop/views/script_editor.py" line="206"/>
        <source>Suggested result</source>
        <translation>Предлагаемый итог</translation>
    </message>
    <message>
        <location filename="../../desktop/views/script_editor.py" line="207"/>
        <source>Choices</source>
        <translation>Варианты</translation>
    </message>
    <message>
        <location filename="../../desktop/views/script_editor.py" line="207"/>
        <source>Branches</source>
        <translation>Ветки</translation>
    </message>
    <message>
        <location filename="../../desktop/views/script_editor.py" line="211"/>
        <source>Label</source>
        <translation>Подпись</translation>
    </message>
    <message>
        <location filename="../../desktop/views/script_editor.py" line="213"/>
        <source>Condition</source>
        <translation>Условие</translation>
    </message>
    <message>
        <location filename="../../desktop/views/script_editor.py" line="213"/>
        <source>Value</source>
        <translation>Значение</translation>
    </message>
    <message>
        <location filename="../../desktop/views/script_editor.py" line="215"/>
        <source>Flowchart</source>
        <translation>Схема</translation>
    </message>
    <message>
        <location filename="../../desktop/views/script_editor.py" line="216"/>
        <source>Readiness rules and scoring</source>
        <translation>Правила готовности и оценка</translation>
    </message>
    <message>
        <location filename="../../desktop/views/script_editor.py" line="217"/>
        <source>Problems</source>
        <translation>Проблемы</translation>
    </message>
    <message>
        <location filename="../../desktop/views/script_editor.py" line="218"/>
        <source>Close</source>
        <translation>Закрыть</translation>
    </message>
    <message>
        <location filename="../../desktop/views/script_editor.py" line="231"/>
        <source>Could not load the script: %1</source>
        <translation>Не удалось загрузить сценарий: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/views/script_editor.py" line="377"/>
        <source>The rules are not valid YAML: %1</source>
        <translation>Правила — не корректный YAML: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/views/script_editor.py" line="379"/>
        <source>The rules pane holds readiness: and scoring: only.</source>
        <translation>В поле правил — только readiness: и scoring:.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/script_editor.py" line="424"/>
        <source>No problems: the script can be published.</source>
        <translation>Проблем нет: сценарий можно публиковать.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/script_editor.py" line="426"/>
        <source>&amp;Publish a new version</source>
        <translation>&amp;Опубликовать новую версию</translation>
    </message>
    <message>
        <location filename="../../desktop/views/script_editor.py" line="455"/>
        <source>Not published: %1</source>
        <translation>Не опубликовано: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/views/script_editor.py" line="459"/>
        <source>Published as version %1: workstations get it with their next sync.</source>
        <translation>Опубликовано как версия %1: рабочие места получат её при следующей синхронизации.</translation>
    </message>
</context>
<context>
    <name>ScriptPanel</name>
    <message>
        <location filename="../../desktop/views/script_panel.py" line="89"/>
        <source>Find an objection: “expensive”, “later”… (Ctrl+K)</source>
        <translation>Найти возражение: «дорого», «позже»… (Ctrl+K)</translation>
    </message>
    <message>
        <location filename="../../desktop/views/script_panel.py" line="152"/>
        <source>you</source>
        <translation>вы</translation>
    </message>
    <message>
        <location filename="../../desktop/views/script_panel.py" line="154"/>
        <source>team</source>
        <translation>команда</translation>
    </message>
    <message>
        <location filename="../../desktop/views/script_panel.py" line="236"/>
        <source>No call script yet</source>
        <translation>Скрипта пока нет</translation>
    </message>
    <message>
        <location filename="../../desktop/views/script_panel.py" line="238"/>
        <source>The script arrives with the next sync.</source>
        <translation>Скрипт придёт со следующей синхронизацией.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/script_panel.py" line="248"/>
        <source>Opening</source>
        <translation>Начало разговора</translation>
    </message>
    <message>
        <location filename="../../desktop/views/script_panel.py" line="249"/>
        <source>Qualification</source>
        <translation>Квалификация</translation>
    </message>
    <message>
        <location filename="../../desktop/views/script_panel.py" line="253"/>
        <source>Objections</source>
        <translation>Возражения</translation>
    </message>
    <message>
        <location filename="../../desktop/views/script_panel.py" line="254"/>
        <source>No objection matches.</source>
        <translation>Нет подходящих возражений.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/script_panel.py" line="285"/>
        <source>Closing</source>
        <translation>Завершение</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../desktop/views/settings_dialog.py" line="83"/>
        <source>Leads whose zone is not known (a mobile in a country with several zones): call only when these hours hold in every zone they may be in</source>
        <translation>Лиды с неизвестным поясом (мобильный в стране с несколькими поясами): звонить, только когда эти часы выполняются во всех возможных поясах</translation>
    </message>
    <message>
        <location filename="../../desktop/views/settings_dialog.py" line="98"/>
        <source>&amp;Proxy</source>
        <translation>&amp;Прокси</translation>
    </message>
    <message>
        <location filename="../../desktop/views/settings_dialog.py" line="100"/>
        <source>none; or e.g. http://proxy.example.com:3128</source>
        <translation>нет; или, например, http://proxy.example.com:3128</translation>
    </message>
    <message>
        <location filename="../../desktop/views/settings_dialog.py" line="117"/>
        <source>Numbers typed without + in exhibition mode are read as this country&apos;s</source>
        <translation>Номера без + в режиме выставки читаются как номера этой страны</translation>
    </message>
    <message>
        <location filename="../../desktop/views/settings_dialog.py" line="113"/>
        <source>Stand&apos;s countr&amp;y</source>
        <translation>Страна ст&amp;енда</translation>
    </message>
    <message>
        <location filename="../../desktop/views/settings_dialog.py" line="133"/>
        <source>Loc&amp;k after</source>
        <translation>Бло&amp;кировать через</translation>
    </message>
    <message>
        <location filename="../../desktop/views/settings_dialog.py" line="136"/>
        <source> min without use</source>
        <translation> мин бездействия</translation>
    </message>
    <message>
        <location filename="../../desktop/views/settings_dialog.py" line="137"/>
        <source>never</source>
        <translation>никогда</translation>
    </message>
    <message>
        <location filename="../../desktop/views/settings_dialog.py" line="156"/>
        <source>the phone region</source>
        <translation>как регион телефона</translation>
    </message>
    <message>
        <location filename="../../desktop/views/settings_dialog.py" line="213"/>
        <source>CA bundle</source>
        <translation>Файл CA</translation>
    </message>
    <message>
        <location filename="../../desktop/views/settings_dialog.py" line="213"/>
        <source>Certificates (*.pem *.crt);;All files (*)</source>
        <translation>Сертификаты (*.pem *.crt);;Все файлы (*)</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.ui" line="6"/>
        <source>Settings</source>
        <translation>Настройки</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.ui" line="7"/>
        <source>&amp;Server URL</source>
        <translation>Адрес &amp;сервера</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.ui" line="7"/>
        <source>&amp;CA bundle</source>
        <translation>&amp;Файл CA</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.ui" line="7"/>
        <source>the system&apos;s certificates</source>
        <translation>сертификаты системы</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.ui" line="7"/>
        <source>Browse…</source>
        <translation>Обзор…</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.ui" line="7"/>
        <source>Default phone &amp;region</source>
        <translation>&amp;Регион телефонов</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.ui" line="7"/>
        <source>My &amp;time zone</source>
        <translation>Мой &amp;часовой пояс</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.ui" line="7"/>
        <source>Calling &amp;hours</source>
        <translation>Часы &amp;звонков</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.ui" line="7"/>
        <source>HH:mm</source>
        <translation>HH:mm</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.ui" line="7"/>
        <source>to</source>
        <translation>до</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.ui" line="7"/>
        <source>Daily &amp;attempts per lead</source>
        <translation>&amp;Попыток в день на лид</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.ui" line="7"/>
        <source>&amp;Dialer command</source>
        <translation>&amp;Команда набора</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.ui" line="7"/>
        <source>empty: open tel: links; or e.g. linphonecsh dial {number}</source>
        <translation>пусто: открывать ссылки tel:; или, например, linphonecsh dial {number}</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.ui" line="7"/>
        <source>&amp;Language</source>
        <translation>&amp;Язык</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.ui" line="7"/>
        <source>Sync &amp;every</source>
        <translation>Синхронизация &amp;каждые</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.ui" line="7"/>
        <source> min</source>
        <translation> мин</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.ui" line="7"/>
        <source>&amp;Retry no answer after</source>
        <translation>&amp;Повтор после «нет ответа»</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.ui" line="7"/>
        <source>After a call</source>
        <translation>После звонка</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.ui" line="7"/>
        <source>&amp;Power dialer: open the next lead and dial it after a 3-second countdown</source>
        <translation>&amp;Автодозвон: открыть следующий лид и набрать его после отсчёта 3 секунд</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.ui" line="7"/>
        <source>Daily &amp;goals</source>
        <translation>Цели на &amp;день</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.ui" line="7"/>
        <source>calls</source>
        <translation>звонков</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.ui" line="7"/>
        <source>conversations</source>
        <translation>разговоров</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.ui" line="7"/>
        <source>qualified</source>
        <translation>квалифицировано</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <location filename="../../desktop/views/shortcuts_dialog.py" line="14"/>
        <source>Keyboard shortcuts</source>
        <translation>Сочетания клавиш</translation>
    </message>
    <message>
        <location filename="../../desktop/views/shortcuts_dialog.py" line="17"/>
        <source>Queue</source>
        <translation>Очередь</translation>
    </message>
    <message>
        <location filename="../../desktop/views/shortcuts_dialog.py" line="19"/>
        <source>previous / next lead</source>
        <translation>предыдущий / следующий лид</translation>
    </message>
    <message>
        <location filename="../../desktop/views/shortcuts_dialog.py" line="20"/>
        <source>search the queue</source>
        <translation>поиск в очереди</translation>
    </message>
    <message>
        <location filename="../../desktop/views/shortcuts_dialog.py" line="21"/>
        <source>search all leads, converted and lost included</source>
        <translation>искать по всем лидам, включая переданных и потерянных</translation>
    </message>
    <message>
        <location filename="../../desktop/views/shortcuts_dialog.py" line="22"/>
        <source>who is calling? find a lead by a number in any format</source>
        <translation>кто звонит? найти лида по номеру в любом формате</translation>
    </message>
    <message>
        <location filename="../../desktop/views/shortcuts_dialog.py" line="23"/>
        <source>back to the queue</source>
        <translation>вернуться к очереди</translation>
    </message>
    <message>
        <location filename="../../desktop/views/shortcuts_dialog.py" line="24"/>
        <source>due now, hot, new, callbacks, nurturing, all</source>
        <translation>сейчас, горячие, новые, перезвоны, прогрев, все</translation>
    </message>
    <message>
        <location filename="../../desktop/views/shortcuts_dialog.py" line="28"/>
        <source>Call</source>
        <translation>Позвонить</translation>
    </message>
    <message>
        <location filename="../../desktop/views/shortcuts_dialog.py" line="35"/>
        <source>skip the lead, saying why, and move on</source>
        <translation>пропустить лид с причиной и перейти к следующему</translation>
    </message>
    <message>
        <location filename="../../desktop/views/shortcuts_dialog.py" line="36"/>
        <source>power dialer: stop the countdown before the next call</source>
        <translation>автодозвон: остановить отсчёт перед следующим звонком</translation>
    </message>
    <message>
        <location filename="../../desktop/views/shortcuts_dialog.py" line="37"/>
        <source>find an objection; Enter marks the first one raised</source>
        <translation>найти возражение; Enter отмечает первое найденное</translation>
    </message>
    <message>
        <location filename="../../desktop/views/shortcuts_dialog.py" line="38"/>
        <source>mark that answer of the first objection used</source>
        <translation>отметить этот ответ первого возражения</translation>
    </message>
    <message>
        <location filename="../../desktop/views/shortcuts_dialog.py" line="39"/>
        <source>move through the script&apos;s links and mark one</source>
        <translation>переходить по ссылкам скрипта и отмечать</translation>
    </message>
    <message>
        <location filename="../../desktop/views/shortcuts_dialog.py" line="40"/>
        <source>end call and record the outcome</source>
        <translation>завершить звонок и записать итог</translation>
    </message>
    <message>
        <location filename="../../desktop/views/shortcuts_dialog.py" line="41"/>
        <source>outcome form: what happened on the line</source>
        <translation>форма итога: что было на линии</translation>
    </message>
    <message>
        <location filename="../../desktop/views/shortcuts_dialog.py" line="43"/>
        <source>Alt+H, Alt+G, Alt+X</source>
        <translation>Alt+Ч, Alt+З, Alt+Н</translation>
    </message>
    <message>
        <location filename="../../desktop/views/shortcuts_dialog.py" line="44"/>
        <source>outcome form: call again in 1 hour, tomorrow morning, next week</source>
        <translation>форма итога: перезвонить через час, завтра утром, на следующей неделе</translation>
    </message>
    <message>
        <location filename="../../desktop/views/shortcuts_dialog.py" line="46"/>
        <source>take back the call just saved (10 s)</source>
        <translation>отменить только что сохранённый звонок (10 с)</translation>
    </message>
    <message>
        <location filename="../../desktop/views/shortcuts_dialog.py" line="47"/>
        <source>outcome form: take the result the answers suggest</source>
        <translation>форма итога: принять итог, который предлагают ответы</translation>
    </message>
    <message>
        <location filename="../../desktop/views/shortcuts_dialog.py" line="48"/>
        <source>save the outcome; Esc cancels</source>
        <translation>сохранить итог; Esc — отмена</translation>
    </message>
    <message>
        <location filename="../../desktop/views/shortcuts_dialog.py" line="52"/>
        <source>Lead and stand</source>
        <translation>Лид и выставка</translation>
    </message>
    <message>
        <location filename="../../desktop/views/shortcuts_dialog.py" line="54"/>
        <source>save the lead card</source>
        <translation>сохранить карточку лида</translation>
    </message>
    <message>
        <location filename="../../desktop/views/shortcuts_dialog.py" line="55"/>
        <source>exhibition mode on / off</source>
        <translation>режим выставки вкл. / выкл.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/shortcuts_dialog.py" line="56"/>
        <source>exhibition mode: save the visitor and clear the form</source>
        <translation>режим выставки: сохранить посетителя и очистить форму</translation>
    </message>
    <message>
        <location filename="../../desktop/views/shortcuts_dialog.py" line="57"/>
        <source>scan a badge or a card (camera, image, paste)</source>
        <translation>сканировать бейдж или визитку (камера, изображение, вставка)</translation>
    </message>
    <message>
        <location filename="../../desktop/views/shortcuts_dialog.py" line="58"/>
        <source>in the stand&apos;s form: read the code in a pasted picture</source>
        <translation>в форме стенда: прочитать код во вставленном изображении</translation>
    </message>
    <message>
        <location filename="../../desktop/views/shortcuts_dialog.py" line="59"/>
        <source>the visitor agrees (consent)</source>
        <translation>посетитель согласен (согласие)</translation>
    </message>
    <message>
        <location filename="../../desktop/views/shortcuts_dialog.py" line="60"/>
        <source>tick a topic the visitor asked about</source>
        <translation>отметить тему, о которой спросил посетитель</translation>
    </message>
    <message>
        <location filename="../../desktop/views/shortcuts_dialog.py" line="63"/>
        <source>the follow-up agreed: call back, materials, a meeting</source>
        <translation>о чём договорились: перезвонить, материалы, встреча</translation>
    </message>
    <message>
        <location filename="../../desktop/views/shortcuts_dialog.py" line="74"/>
        <source>edit the call scripts (team leads, admins)</source>
        <translation>редактировать сценарии (руководители, администраторы)</translation>
    </message>
    <message>
        <location filename="../../desktop/views/shortcuts_dialog.py" line="75"/>
        <source>the team workspace and back (team leads, admins)</source>
        <translation>рабочее место руководителя и обратно (руководители, администраторы)</translation>
    </message>
    <message>
        <location filename="../../desktop/views/shortcuts_dialog.py" line="62"/>
        <source>Alt+U</source>
        <translation>Alt+Ш</translation>
    </message>
    <message>
        <location filename="../../desktop/views/shortcuts_dialog.py" line="30"/>
        <source>start call (dials when a dialer is set)</source>
        <translation>начать звонок (набирает номер, если задан набор)</translation>
    </message>
    <message>
        <location filename="../../desktop/views/shortcuts_dialog.py" line="31"/>
        <source>guided call: pick that choice (or mark that answer)</source>
        <translation>звонок по сценарию: выбрать вариант (или отметить ответ)</translation>
    </message>
    <message>
        <location filename="../../desktop/views/shortcuts_dialog.py" line="32"/>
        <source>guided call: answer what is typed, or go on</source>
        <translation>звонок по сценарию: ответить введённым или идти дальше</translation>
    </message>
    <message>
        <location filename="../../desktop/views/shortcuts_dialog.py" line="33"/>
        <source>guided call: a step back</source>
        <translation>звонок по сценарию: шаг назад</translation>
    </message>
    <message>
        <location filename="../../desktop/views/shortcuts_dialog.py" line="34"/>
        <source>between the script and the call notes</source>
        <translation>между сценарием и заметками по звонку</translation>
    </message>
    <message>
        <location filename="../../desktop/views/shortcuts_dialog.py" line="65"/>
        <source>take back the visitor just saved (10 s)</source>
        <translation>отменить только что сохранённого посетителя (10 с)</translation>
    </message>
    <message>
        <location filename="../../desktop/views/shortcuts_dialog.py" line="66"/>
        <source>today at the stand: yours and teammates&apos; visitors</source>
        <translation>сегодня на стенде: ваши посетители и посетители коллег</translation>
    </message>
    <message>
        <location filename="../../desktop/views/shortcuts_dialog.py" line="70"/>
        <source>Other</source>
        <translation>Прочее</translation>
    </message>
    <message>
        <location filename="../../desktop/views/shortcuts_dialog.py" line="72"/>
        <source>sync now</source>
        <translation>синхронизировать</translation>
    </message>
    <message>
        <location filename="../../desktop/views/shortcuts_dialog.py" line="73"/>
        <source>dashboard</source>
        <translation>показатели</translation>
    </message>
    <message>
        <location filename="../../desktop/views/shortcuts_dialog.py" line="76"/>
        <source>conflicts and rejected changes</source>
        <translation>конфликты и отклонённые изменения</translation>
    </message>
    <message>
        <location filename="../../desktop/views/shortcuts_dialog.py" line="77"/>
        <source>log out</source>
        <translation>выйти из учётной записи</translation>
    </message>
    <message>
        <location filename="../../desktop/views/shortcuts_dialog.py" line="78"/>
        <source>log out and erase this computer&apos;s data</source>
        <translation>выйти и стереть данные на этом компьютере</translation>
    </message>
    <message>
        <location filename="../../desktop/views/shortcuts_dialog.py" line="79"/>
        <source>settings</source>
        <translation>настройки</translation>
    </message>
    <message>
        <location filename="../../desktop/views/shortcuts_dialog.py" line="80"/>
        <source>this sheet</source>
        <translation>эта подсказка</translation>
    </message>
</context>
<context>
    <name>StandDay</name>
    <message>
        <location filename="../../desktop/views/stand_day.py" line="64"/>
        <source>Today at %1</source>
        <translation>Сегодня на %1</translation>
    </message>
    <message>
        <location filename="../../desktop/views/stand_day.py" line="72"/>
        <source>Time</source>
        <translation>Время</translation>
    </message>
    <message>
        <location filename="../../desktop/views/stand_day.py" line="72"/>
        <source>Name</source>
        <translation>Имя</translation>
    </message>
    <message>
        <location filename="../../desktop/views/stand_day.py" line="72"/>
        <source>Company</source>
        <translation>Компания</translation>
    </message>
    <message>
        <location filename="../../desktop/views/stand_day.py" line="72"/>
        <source>Contact</source>
        <translation>Контакт</translation>
    </message>
    <message>
        <location filename="../../desktop/views/stand_day.py" line="73"/>
        <source>Captured by</source>
        <translation>Записал</translation>
    </message>
    <message>
        <location filename="../../desktop/views/stand_day.py" line="73"/>
        <source>Consent</source>
        <translation>Согласие</translation>
    </message>
    <message>
        <location filename="../../desktop/views/stand_day.py" line="78"/>
        <source>given</source>
        <translation>есть</translation>
    </message>
    <message>
        <location filename="../../desktop/views/stand_day.py" line="78"/>
        <source>no</source>
        <translation>нет</translation>
    </message>
    <message>
        <location filename="../../desktop/views/stand_day.py" line="86"/>
        <source>you</source>
        <translation>вы</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/views/stand_day.py" line="95"/>
        <source>%n visitor(s) today</source>
        <translation>
            <numerusform>%n посетитель сегодня</numerusform>
            <numerusform>%n посетителя сегодня</numerusform>
            <numerusform>%n посетителей сегодня</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/views/stand_day.py" line="97"/>
        <source>you: %1, teammates: %2</source>
        <translation>вы: %1, коллеги: %2</translation>
    </message>
    <message>
        <location filename="../../desktop/views/stand_day.py" line="99"/>
        <source>&amp;Email the selected…</source>
        <translation>&amp;Написать выбранным…</translation>
    </message>
    <message>
        <location filename="../../desktop/views/stand_day.py" line="102"/>
        <source>Close</source>
        <translation>Закрыть</translation>
    </message>
    <message>
        <location filename="../../desktop/views/stand_day.py" line="123"/>
        <source>Select visitors with an email address first.</source>
        <translation>Сначала выберите посетителей с адресом эл. почты.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/stand_day.py" line="125"/>
        <source>Following up on %1</source>
        <translation>После выставки %1</translation>
    </message>
    <message>
        <location filename="../../desktop/views/stand_day.py" line="128"/>
        <source>Hello,

thank you for visiting our stand at %1. As promised, here is what we talked about; I will call you to agree on the next step.

Best regards</source>
        <translation>Здравствуйте!

Спасибо, что посетили наш стенд на %1. Как обещали, отправляем то, о чём мы говорили; я позвоню, чтобы договориться о следующем шаге.

С уважением</translation>
    </message>
</context>
<context>
    <name>SyncMessages</name>
    <message>
        <location filename="../../desktop/views/sync_messages.py" line="16"/>
        <source>Offline: cannot reach the server. Your work is kept here.</source>
        <translation>Нет связи с сервером. Ваша работа сохранена на этом компьютере.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/sync_messages.py" line="19"/>
        <source>Server not answering. Your work is kept here; trying again.</source>
        <translation>Сервер не отвечает. Ваша работа сохранена здесь; пробую снова.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/sync_messages.py" line="22"/>
        <source>The server&apos;s answer broke off. Trying again; nothing is lost.</source>
        <translation>Ответ сервера оборвался. Пробую снова; ничего не потеряно.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/sync_messages.py" line="25"/>
        <source>The connection broke. Trying again; nothing is lost.</source>
        <translation>Соединение оборвалось. Пробую снова; ничего не потеряно.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/sync_messages.py" line="28"/>
        <source>Sent, but the server has not confirmed it yet. It is sent again; nothing doubles.</source>
        <translation>Отправлено, но сервер ещё не подтвердил. Отправлю снова — ничего не задвоится.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/sync_messages.py" line="33"/>
        <source>The server is busy or failing (%1). Trying again later.</source>
        <translation>Сервер перегружен или неисправен (%1). Попробую позже.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/sync_messages.py" line="36"/>
        <source>Log in again to sync.</source>
        <translation>Войдите снова, чтобы синхронизироваться.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/sync_messages.py" line="37"/>
        <source>Your admin marked this computer as lost: your work was sent, and the data here is erased.</source>
        <translation>Администратор отметил этот компьютер как потерянный: ваша работа отправлена, данные здесь стёрты.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/sync_messages.py" line="42"/>
        <source>The server&apos;s certificate cannot be trusted. Ask your admin for the CA bundle and set it in Settings.</source>
        <translation>Сертификату сервера нельзя доверять. Попросите у администратора файл CA и укажите его в настройках.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/sync_messages.py" line="47"/>
        <source>The server answered something Salesdesk cannot read. Tell your admin.</source>
        <translation>Сервер ответил так, что Salesdesk не может это прочитать. Сообщите администратору.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/sync_messages.py" line="50"/>
        <source>The server refused the request. Tell your admin; your work is kept.</source>
        <translation>Сервер отклонил запрос. Сообщите администратору; ваша работа сохранена.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/sync_messages.py" line="54"/>
        <source>The server sent Salesdesk to another address (%1); nothing was sent there. Set the server&apos;s own address in Settings.</source>
        <translation>Сервер перенаправил Salesdesk на другой адрес (%1); туда ничего не отправлено. Укажите в настройках собственный адрес сервера.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/sync_messages.py" line="61"/>
        <source>The server address starts with http:// and is not on this computer: use https://. Nothing was sent.</source>
        <translation>Адрес сервера начинается с http:// и находится не на этом компьютере: используйте https://. Ничего не отправлено.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/sync_messages.py" line="66"/>
        <source>The server address looks like https://salesdesk.example.com.</source>
        <translation>Адрес сервера выглядит так: https://salesdesk.example.com.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/sync_messages.py" line="70"/>
        <source>The system keyring cannot keep the login. %1</source>
        <translation>Системное хранилище ключей не может сохранить вход. %1</translation>
    </message>
    <message>
        <location filename="../../desktop/views/sync_messages.py" line="74"/>
        <source>Another sync of this profile is running (%1).</source>
        <translation>Уже идёт другая синхронизация этого профиля (%1).</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/views/sync_messages.py" line="86"/>
        <source>%n change(s) waiting</source>
        <translation>
            <numerusform>%n изменение ждёт отправки</numerusform>
            <numerusform>%n изменения ждут отправки</numerusform>
            <numerusform>%n изменений ждут отправки</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/views/sync_messages.py" line="87"/>
        <source>%n rejected change(s)</source>
        <translation>
            <numerusform>%n отклонённое изменение</numerusform>
            <numerusform>%n отклонённых изменения</numerusform>
            <numerusform>%n отклонённых изменений</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/views/sync_messages.py" line="88"/>
        <source>%n conflict(s)</source>
        <translation>
            <numerusform>%n конфликт</numerusform>
            <numerusform>%n конфликта</numerusform>
            <numerusform>%n конфликтов</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/views/sync_messages.py" line="91"/>
        <source>This computer holds work of %1 on %2 that the server does not have (%3). Log in as %1 to settle it, or export it to a file and erase it.</source>
        <translation>На этом компьютере есть работа пользователя %1 на сервере %2, которой нет на сервере (%3). Войдите как %1, чтобы её отправить, или выгрузите её в файл и сотрите.</translation>
    </message>
</context>
<context>
    <name>SyncStatusBar</name>
    <message>
        <location filename="../../desktop/views/status_bar.py" line="128"/>
        <source>%1 d</source>
        <translation>%1 дн.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/status_bar.py" line="130"/>
        <source>%1 h %2 min</source>
        <translation>%1 ч %2 мин</translation>
    </message>
    <message>
        <location filename="../../desktop/views/status_bar.py" line="133"/>
        <source>Clock %1 ahead</source>
        <translation>Часы спешат на %1</translation>
    </message>
    <message>
        <location filename="../../desktop/views/status_bar.py" line="133"/>
        <source>Clock %1 behind</source>
        <translation>Часы отстают на %1</translation>
    </message>
    <message>
        <location filename="../../desktop/views/status_bar.py" line="137"/>
        <source>This computer&apos;s clock differs from the server&apos;s. Set the right time in the system settings; calls recorded meanwhile get the server&apos;s time.</source>
        <translation>Часы этого компьютера расходятся с часами сервера. Установите верное время в настройках системы; звонкам, записанным за это время, сервер ставит своё время.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/status_bar.py" line="146"/>
        <source>Not logged in</source>
        <translation>Вход не выполнен</translation>
    </message>
    <message>
        <location filename="../../desktop/views/status_bar.py" line="150"/>
        <source>● Not synced yet</source>
        <translation>● Ещё не синхронизировано</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/views/status_bar.py" line="166"/>
        <source>%n conflict(s)</source>
        <translation>
            <numerusform>%n конфликт</numerusform>
            <numerusform>%n конфликта</numerusform>
            <numerusform>%n конфликтов</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/views/status_bar.py" line="166"/>
        <source>%n rejected</source>
        <translation>
            <numerusform>%n отклонено</numerusform>
            <numerusform>%n отклонено</numerusform>
            <numerusform>%n отклонено</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/views/status_bar.py" line="148"/>
        <source>● Syncing…</source>
        <translation>● Синхронизация…</translation>
    </message>
    <message>
        <location filename="../../desktop/views/status_bar.py" line="154"/>
        <source>● Online</source>
        <translation>● В сети</translation>
    </message>
    <message>
        <location filename="../../desktop/views/status_bar.py" line="154"/>
        <source>● Offline</source>
        <translation>● Нет связи</translation>
    </message>
    <message>
        <location filename="../../desktop/views/status_bar.py" line="160"/>
        <source>All saved to the server</source>
        <translation>Всё сохранено на сервере</translation>
    </message>
    <message>
        <location filename="../../desktop/views/status_bar.py" line="162"/>
        <source>%1 waiting to sync</source>
        <translation>Ждут отправки: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/views/status_bar.py" line="169"/>
        <source>%1 not readable</source>
        <translation>не прочитано: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/views/status_bar.py" line="176"/>
        <source>Last sync %1</source>
        <translation>Синхронизация %1</translation>
    </message>
    <message>
        <location filename="../../desktop/views/status_bar.py" line="179"/>
        <source>Log in…</source>
        <translation>Войти…</translation>
    </message>
    <message>
        <location filename="../../desktop/views/status_bar.py" line="179"/>
        <source>Retry now</source>
        <translation>Повторить</translation>
    </message>
    <message>
        <location filename="../../desktop/views/status_bar.py" line="195"/>
        <source>Sending %v</source>
        <translation>Отправка %v</translation>
    </message>
    <message>
        <location filename="../../desktop/views/status_bar.py" line="195"/>
        <source>Receiving %v</source>
        <translation>Получение %v</translation>
    </message>
</context>
<context>
    <name>Team</name>
    <message>
        <location filename="../../desktop/views/team_view.py" line="52"/>
        <source>Conversion</source>
        <extracomment>The periods offered: days back from today (None: all time).</extracomment>
        <translation>Конверсия</translation>
    </message>
    <message>
        <location filename="../../desktop/views/team_view.py" line="53"/>
        <source>Loss reasons</source>
        <translation>Причины отказов</translation>
    </message>
    <message>
        <location filename="../../desktop/views/team_view.py" line="54"/>
        <source>Objections</source>
        <translation>Возражения</translation>
    </message>
    <message>
        <location filename="../../desktop/views/team_view.py" line="55"/>
        <source>Speed to lead</source>
        <translation>Скорость реакции</translation>
    </message>
    <message>
        <location filename="../../desktop/views/team_view.py" line="56"/>
        <source>Nurture returns</source>
        <translation>Возвраты с прогрева</translation>
    </message>
    <message>
        <location filename="../../desktop/views/team_view.py" line="57"/>
        <source>Qualification paths</source>
        <translation>Пути квалификации</translation>
    </message>
    <message>
        <location filename="../../desktop/views/team_view.py" line="58"/>
        <source>Hand-offs to sales</source>
        <translation>Передачи в продажи</translation>
    </message>
    <message>
        <location filename="../../desktop/views/team_view.py" line="59"/>
        <source>Interests at events</source>
        <translation>Интересы на выставках</translation>
    </message>
    <message>
        <location filename="../../desktop/views/team_view.py" line="60"/>
        <source>Consent at events</source>
        <translation>Согласия на выставках</translation>
    </message>
    <message>
        <location filename="../../desktop/views/team_view.py" line="68"/>
        <source>by source</source>
        <translation>по источникам</translation>
    </message>
    <message>
        <location filename="../../desktop/views/team_view.py" line="68"/>
        <source>by event</source>
        <translation>по выставкам</translation>
    </message>
    <message>
        <location filename="../../desktop/views/team_view.py" line="69"/>
        <source>by week</source>
        <translation>по неделям</translation>
    </message>
    <message>
        <location filename="../../desktop/views/team_view.py" line="69"/>
        <source>by month</source>
        <translation>по месяцам</translation>
    </message>
    <message>
        <location filename="../../desktop/views/team_view.py" line="70"/>
        <source>by category</source>
        <translation>по категориям</translation>
    </message>
    <message>
        <location filename="../../desktop/views/team_view.py" line="70"/>
        <source>by manager</source>
        <translation>по менеджерам</translation>
    </message>
    <message>
        <location filename="../../desktop/views/team_view.py" line="71"/>
        <source>by path</source>
        <translation>по путям</translation>
    </message>
    <message>
        <location filename="../../desktop/views/team_view.py" line="71"/>
        <source>by answer</source>
        <translation>по ответам</translation>
    </message>
    <message>
        <location filename="../../desktop/views/team_view.py" line="72"/>
        <source>each conversion</source>
        <translation>каждая передача</translation>
    </message>
    <message>
        <location filename="../../desktop/views/team_view.py" line="73"/>
        <source>by next step</source>
        <translation>по следующему шагу</translation>
    </message>
    <message>
        <location filename="../../desktop/views/team_view.py" line="74"/>
        <source>by text version</source>
        <translation>по версии текста</translation>
    </message>
    <message>
        <location filename="../../desktop/views/team_view.py" line="82"/>
        <source>Source</source>
        <translation>Источник</translation>
    </message>
    <message>
        <location filename="../../desktop/views/team_view.py" line="82"/>
        <source>Event</source>
        <translation>Выставка</translation>
    </message>
    <message>
        <location filename="../../desktop/views/team_view.py" line="83"/>
        <source>Leads</source>
        <translation>Лиды</translation>
    </message>
    <message>
        <location filename="../../desktop/views/team_view.py" line="83"/>
        <source>Converted</source>
        <translation>Переданы</translation>
    </message>
    <message>
        <location filename="../../desktop/views/team_view.py" line="84"/>
        <source>Conversion %</source>
        <translation>Конверсия, %</translation>
    </message>
    <message>
        <location filename="../../desktop/views/team_view.py" line="85"/>
        <source>Nurturing</source>
        <translation>На прогреве</translation>
    </message>
    <message>
        <location filename="../../desktop/views/team_view.py" line="86"/>
        <source>Disqualified</source>
        <translation>Дисквалифицированы</translation>
    </message>
    <message>
        <location filename="../../desktop/views/team_view.py" line="86"/>
        <source>Open</source>
        <translation>В работе</translation>
    </message>
    <message>
        <location filename="../../desktop/views/team_view.py" line="87"/>
        <location filename="../../desktop/views/team_view.py" line="395"/>
        <source>Manager</source>
        <translation>Менеджер</translation>
    </message>
    <message>
        <location filename="../../desktop/views/team_view.py" line="87"/>
        <source>Calls</source>
        <translation>Звонки</translation>
    </message>
    <message>
        <location filename="../../desktop/views/team_view.py" line="88"/>
        <source>Qualified</source>
        <translation>Квалифицированы</translation>
    </message>
    <message>
        <location filename="../../desktop/views/team_view.py" line="89"/>
        <source>Qualified %</source>
        <translation>Квалифицированы, %</translation>
    </message>
    <message>
        <location filename="../../desktop/views/team_view.py" line="89"/>
        <source>Lost</source>
        <translation>Отказы</translation>
    </message>
    <message>
        <location filename="../../desktop/views/team_view.py" line="90"/>
        <source>Nurture</source>
        <translation>Прогрев</translation>
    </message>
    <message>
        <location filename="../../desktop/views/team_view.py" line="90"/>
        <source>Path</source>
        <translation>Путь</translation>
    </message>
    <message>
        <location filename="../../desktop/views/team_view.py" line="91"/>
        <source>Question</source>
        <translation>Вопрос</translation>
    </message>
    <message>
        <location filename="../../desktop/views/team_view.py" line="91"/>
        <source>Answer</source>
        <translation>Ответ</translation>
    </message>
    <message>
        <location filename="../../desktop/views/team_view.py" line="92"/>
        <source>Loss reason</source>
        <translation>Причина отказа</translation>
    </message>
    <message>
        <location filename="../../desktop/views/team_view.py" line="93"/>
        <source>Lost calls</source>
        <translation>Звонков с отказом</translation>
    </message>
    <message>
        <location filename="../../desktop/views/team_view.py" line="94"/>
        <source>Share of the group %</source>
        <translation>Доля в группе, %</translation>
    </message>
    <message>
        <location filename="../../desktop/views/team_view.py" line="95"/>
        <source>Category</source>
        <translation>Категория</translation>
    </message>
    <message>
        <location filename="../../desktop/views/team_view.py" line="96"/>
        <source>Calls with it</source>
        <translation>Звонков с ним</translation>
    </message>
    <message>
        <location filename="../../desktop/views/team_view.py" line="97"/>
        <source>Share of calls %</source>
        <translation>Доля звонков, %</translation>
    </message>
    <message>
        <location filename="../../desktop/views/team_view.py" line="98"/>
        <source>Leads called</source>
        <translation>Лидам позвонили</translation>
    </message>
    <message>
        <location filename="../../desktop/views/team_view.py" line="99"/>
        <source>Median, min</source>
        <translation>Медиана, мин</translation>
    </message>
    <message>
        <location filename="../../desktop/views/team_view.py" line="99"/>
        <source>p90, min</source>
        <translation>p90, мин</translation>
    </message>
    <message>
        <location filename="../../desktop/views/team_view.py" line="100"/>
        <source>Waiting, never called</source>
        <translation>Ждут, ещё не звонили</translation>
    </message>
    <message>
        <location filename="../../desktop/views/team_view.py" line="101"/>
        <source>Converted at</source>
        <translation>Передан</translation>
    </message>
    <message>
        <location filename="../../desktop/views/team_view.py" line="101"/>
        <source>Lead</source>
        <translation>Лид</translation>
    </message>
    <message>
        <location filename="../../desktop/views/team_view.py" line="102"/>
        <source>Company</source>
        <translation>Компания</translation>
    </message>
    <message>
        <location filename="../../desktop/views/team_view.py" line="102"/>
        <source>Contacts</source>
        <translation>Контакты</translation>
    </message>
    <message>
        <location filename="../../desktop/views/team_view.py" line="103"/>
        <source>Verdict</source>
        <translation>Вердикт</translation>
    </message>
    <message>
        <location filename="../../desktop/views/team_view.py" line="103"/>
        <source>Score</source>
        <translation>Оценка</translation>
    </message>
    <message>
        <location filename="../../desktop/views/team_view.py" line="104"/>
        <source>Answers</source>
        <translation>Ответы</translation>
    </message>
    <message>
        <location filename="../../desktop/views/team_view.py" line="104"/>
        <source>Note</source>
        <translation>Заметка</translation>
    </message>
    <message>
        <location filename="../../desktop/views/team_view.py" line="105"/>
        <source>Reached at (their time)</source>
        <translation>Дозвонились (их время)</translation>
    </message>
    <message>
        <location filename="../../desktop/views/team_view.py" line="396"/>
        <source>Team lead</source>
        <translation>Руководитель</translation>
    </message>
    <message>
        <location filename="../../desktop/views/team_view.py" line="397"/>
        <source>Admin</source>
        <translation>Администратор</translation>
    </message>
</context>
<context>
    <name>TeamView</name>
    <message>
        <location filename="../../desktop/views/team_view.py" line="203"/>
        <source>Today</source>
        <translation>Сегодня</translation>
    </message>
    <message>
        <location filename="../../desktop/views/team_view.py" line="203"/>
        <source>Last 7 days</source>
        <translation>Последние 7 дней</translation>
    </message>
    <message>
        <location filename="../../desktop/views/team_view.py" line="203"/>
        <source>Last 30 days</source>
        <translation>Последние 30 дней</translation>
    </message>
    <message>
        <location filename="../../desktop/views/team_view.py" line="204"/>
        <source>All time</source>
        <translation>За всё время</translation>
    </message>
    <message>
        <location filename="../../desktop/views/team_view.py" line="213"/>
        <location filename="../../desktop/views/team_view.py" line="215"/>
        <source>Refresh</source>
        <translation>Обновить</translation>
    </message>
    <message>
        <location filename="../../desktop/views/team_view.py" line="214"/>
        <location filename="../../desktop/views/team_view.py" line="336"/>
        <source>Export CSV…</source>
        <translation>Выгрузить CSV…</translation>
    </message>
    <message>
        <location filename="../../desktop/views/team_view.py" line="216"/>
        <source>Team reports</source>
        <translation>Отчёты команды</translation>
    </message>
    <message>
        <location filename="../../desktop/views/team_view.py" line="216"/>
        <source>Review</source>
        <translation>На проверку</translation>
    </message>
    <message>
        <location filename="../../desktop/views/team_view.py" line="218"/>
        <source>Audit log</source>
        <translation>Журнал действий</translation>
    </message>
    <message>
        <location filename="../../desktop/views/team_view.py" line="217"/>
        <source>Assignment</source>
        <translation>Назначение</translation>
    </message>
    <message>
        <location filename="../../desktop/views/team_view.py" line="207"/>
        <source>Every manager</source>
        <translation>Все менеджеры</translation>
    </message>
    <message>
        <location filename="../../desktop/views/team_view.py" line="208"/>
        <source>Every source</source>
        <translation>Все источники</translation>
    </message>
    <message>
        <location filename="../../desktop/views/team_view.py" line="217"/>
        <source>Import</source>
        <translation>Импорт</translation>
    </message>
    <message>
        <location filename="../../desktop/views/team_view.py" line="219"/>
        <source>People and devices</source>
        <translation>Люди и устройства</translation>
    </message>
    <message>
        <location filename="../../desktop/views/team_view.py" line="227"/>
        <source>When</source>
        <translation>Когда</translation>
    </message>
    <message>
        <location filename="../../desktop/views/team_view.py" line="227"/>
        <source>Who</source>
        <translation>Кто</translation>
    </message>
    <message>
        <location filename="../../desktop/views/team_view.py" line="227"/>
        <source>Action</source>
        <translation>Действие</translation>
    </message>
    <message>
        <location filename="../../desktop/views/team_view.py" line="227"/>
        <source>On</source>
        <translation>Над чем</translation>
    </message>
    <message>
        <location filename="../../desktop/views/team_view.py" line="227"/>
        <source>Details</source>
        <translation>Подробности</translation>
    </message>
    <message>
        <location filename="../../desktop/views/team_view.py" line="293"/>
        <source>Cannot reach the server, and no copy of this report is kept: %1</source>
        <translation>Нет связи с сервером, и копии этого отчёта здесь нет: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/views/team_view.py" line="307"/>
        <source>Offline: the copy from %1 (%2).</source>
        <translation>Нет связи: копия от %1 (%2).</translation>
    </message>
    <message>
        <location filename="../../desktop/views/team_view.py" line="311"/>
        <source>As of %1.</source>
        <translation>На %1.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/views/team_view.py" line="351"/>
        <source>The latest %n action(s).</source>
        <translation>
            <numerusform>Последнее %n действие.</numerusform>
            <numerusform>Последние %n действия.</numerusform>
            <numerusform>Последние %n действий.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TheirTime</name>
    <message>
        <location filename="../../desktop/views/their_time_labels.py" line="68"/>
        <source>%1 (their time %2)</source>
        <translation>%1 (у них %2)</translation>
    </message>
</context>
<context>
    <name>UndoBar</name>
    <message>
        <location filename="../../desktop/views/undo_bar.py" line="45"/>
        <source>Undo (Ctrl+Z)</source>
        <translation>Отменить (Ctrl+Z)</translation>
    </message>
</context>
<context>
    <name>Vocabulary</name>
    <message>
        <location filename="../../desktop/views/labels.py" line="32"/>
        <source>Connected</source>
        <translation>Дозвонились</translation>
    </message>
    <message>
        <location filename="../../desktop/views/labels.py" line="33"/>
        <source>No answer</source>
        <translation>Не ответили</translation>
    </message>
    <message>
        <location filename="../../desktop/views/labels.py" line="34"/>
        <source>Busy</source>
        <translation>Занято</translation>
    </message>
    <message>
        <location filename="../../desktop/views/labels.py" line="35"/>
        <source>Voicemail</source>
        <translation>Автоответчик</translation>
    </message>
    <message>
        <location filename="../../desktop/views/labels.py" line="36"/>
        <source>Wrong number</source>
        <translation>Не тот номер</translation>
    </message>
    <message>
        <location filename="../../desktop/views/labels.py" line="37"/>
        <source>Invalid number</source>
        <translation>Номер не существует</translation>
    </message>
    <message>
        <location filename="../../desktop/views/labels.py" line="38"/>
        <source>Asked to call back</source>
        <translation>Попросили перезвонить</translation>
    </message>
    <message>
        <location filename="../../desktop/views/labels.py" line="47"/>
        <source>No decision</source>
        <translation>Без решения</translation>
    </message>
    <message>
        <location filename="../../desktop/views/labels.py" line="48"/>
        <source>Follow up (call again)</source>
        <translation>Перезвонить</translation>
    </message>
    <message>
        <location filename="../../desktop/views/labels.py" line="49"/>
        <source>Qualified — hand to sales</source>
        <translation>Квалифицирован — передать в продажи</translation>
    </message>
    <message>
        <location filename="../../desktop/views/labels.py" line="50"/>
        <source>Nurture — back to marketing</source>
        <translation>На прогрев — вернуть в маркетинг</translation>
    </message>
    <message>
        <location filename="../../desktop/views/labels.py" line="51"/>
        <source>Lost</source>
        <translation>Отказ</translation>
    </message>
    <message>
        <location filename="../../desktop/views/labels.py" line="58"/>
        <source>Ready to sell</source>
        <translation>Готов к продаже</translation>
    </message>
    <message>
        <location filename="../../desktop/views/labels.py" line="59"/>
        <source>Too early — nurture</source>
        <translation>Рано — на прогрев</translation>
    </message>
    <message>
        <location filename="../../desktop/views/labels.py" line="60"/>
        <source>Not a fit — disqualify</source>
        <translation>Не подходит — дисквалифицировать</translation>
    </message>
    <message>
        <location filename="../../desktop/views/labels.py" line="67"/>
        <location filename="../../desktop/views/labels.py" line="164"/>
        <source>Cold</source>
        <translation>Холодный</translation>
    </message>
    <message>
        <location filename="../../desktop/views/labels.py" line="68"/>
        <location filename="../../desktop/views/labels.py" line="163"/>
        <source>Warm</source>
        <translation>Тёплый</translation>
    </message>
    <message>
        <location filename="../../desktop/views/labels.py" line="69"/>
        <location filename="../../desktop/views/labels.py" line="162"/>
        <source>Hot</source>
        <translation>Горячий</translation>
    </message>
    <message>
        <location filename="../../desktop/views/labels.py" line="76"/>
        <source>Call back</source>
        <translation>Перезвонить</translation>
    </message>
    <message>
        <location filename="../../desktop/views/labels.py" line="77"/>
        <source>Send materials</source>
        <translation>Отправить материалы</translation>
    </message>
    <message>
        <location filename="../../desktop/views/labels.py" line="78"/>
        <source>Arrange a meeting</source>
        <translation>Договориться о встрече</translation>
    </message>
    <message>
        <location filename="../../desktop/views/labels.py" line="85"/>
        <source>Targeted</source>
        <translation>Целевой</translation>
    </message>
    <message>
        <location filename="../../desktop/views/labels.py" line="86"/>
        <source>Non-targeted</source>
        <translation>Нецелевой</translation>
    </message>
    <message>
        <location filename="../../desktop/views/labels.py" line="87"/>
        <source>Empty</source>
        <translation>Пустой</translation>
    </message>
    <message>
        <location filename="../../desktop/views/labels.py" line="94"/>
        <source>New</source>
        <translation>Новый</translation>
    </message>
    <message>
        <location filename="../../desktop/views/labels.py" line="95"/>
        <source>Qualifying</source>
        <translation>В работе</translation>
    </message>
    <message>
        <location filename="../../desktop/views/labels.py" line="96"/>
        <source>Converted</source>
        <translation>Передан в продажи</translation>
    </message>
    <message>
        <location filename="../../desktop/views/labels.py" line="97"/>
        <location filename="../../desktop/views/labels.py" line="157"/>
        <source>Nurturing</source>
        <translation>Прогрев</translation>
    </message>
    <message>
        <location filename="../../desktop/views/labels.py" line="98"/>
        <source>Disqualified</source>
        <translation>Дисквалифицирован</translation>
    </message>
    <message>
        <location filename="../../desktop/views/labels.py" line="105"/>
        <source>Website form</source>
        <translation>Форма на сайте</translation>
    </message>
    <message>
        <location filename="../../desktop/views/labels.py" line="106"/>
        <source>Landing page</source>
        <translation>Лендинг</translation>
    </message>
    <message>
        <location filename="../../desktop/views/labels.py" line="107"/>
        <source>Social network</source>
        <translation>Соцсети</translation>
    </message>
    <message>
        <location filename="../../desktop/views/labels.py" line="108"/>
        <source>Targeted ads</source>
        <translation>Таргетированная реклама</translation>
    </message>
    <message>
        <location filename="../../desktop/views/labels.py" line="109"/>
        <source>Contextual ads</source>
        <translation>Контекстная реклама</translation>
    </message>
    <message>
        <location filename="../../desktop/views/labels.py" line="110"/>
        <source>Email newsletter</source>
        <translation>Email-рассылка</translation>
    </message>
    <message>
        <location filename="../../desktop/views/labels.py" line="111"/>
        <source>Exhibition</source>
        <translation>Выставка</translation>
    </message>
    <message>
        <location filename="../../desktop/views/labels.py" line="112"/>
        <source>Lead exchange</source>
        <translation>Биржа лидов</translation>
    </message>
    <message>
        <location filename="../../desktop/views/labels.py" line="113"/>
        <source>Site chat</source>
        <translation>Чат на сайте</translation>
    </message>
    <message>
        <location filename="../../desktop/views/labels.py" line="114"/>
        <source>Chatbot</source>
        <translation>Чат-бот</translation>
    </message>
    <message>
        <location filename="../../desktop/views/labels.py" line="115"/>
        <source>Lead magnet</source>
        <translation>Лид-магнит</translation>
    </message>
    <message>
        <location filename="../../desktop/views/labels.py" line="116"/>
        <source>Inbound call</source>
        <translation>Входящий звонок</translation>
    </message>
    <message>
        <location filename="../../desktop/views/labels.py" line="117"/>
        <source>Referral</source>
        <translation>Рекомендация</translation>
    </message>
    <message>
        <location filename="../../desktop/views/labels.py" line="127"/>
        <source>Price</source>
        <translation>Цена</translation>
    </message>
    <message>
        <location filename="../../desktop/views/labels.py" line="128"/>
        <source>Competitor</source>
        <translation>Конкурент</translation>
    </message>
    <message>
        <location filename="../../desktop/views/labels.py" line="129"/>
        <source>Need</source>
        <translation>Потребность</translation>
    </message>
    <message>
        <location filename="../../desktop/views/labels.py" line="130"/>
        <source>Functionality</source>
        <translation>Функциональность</translation>
    </message>
    <message>
        <location filename="../../desktop/views/labels.py" line="131"/>
        <source>Timing and budget</source>
        <translation>Сроки и бюджет</translation>
    </message>
    <message>
        <location filename="../../desktop/views/labels.py" line="134"/>
        <source>Trust</source>
        <translation>Доверие</translation>
    </message>
    <message>
        <location filename="../../desktop/views/labels.py" line="135"/>
        <source>Authority</source>
        <translation>Полномочия</translation>
    </message>
    <message>
        <location filename="../../desktop/views/labels.py" line="142"/>
        <source>Not a good time to call</source>
        <translation>Сейчас неудобно звонить</translation>
    </message>
    <message>
        <location filename="../../desktop/views/labels.py" line="143"/>
        <source>Needs research first</source>
        <translation>Сначала изучить</translation>
    </message>
    <message>
        <location filename="../../desktop/views/labels.py" line="144"/>
        <source>Duplicate lead</source>
        <translation>Дубликат лида</translation>
    </message>
    <message>
        <location filename="../../desktop/views/labels.py" line="145"/>
        <source>Not my lead</source>
        <translation>Не мой лид</translation>
    </message>
    <message>
        <location filename="../../desktop/views/labels.py" line="146"/>
        <source>Other</source>
        <translation>Другое</translation>
    </message>
    <message>
        <location filename="../../desktop/views/labels.py" line="154"/>
        <source>Night there</source>
        <translation>У них ночь</translation>
    </message>
    <message>
        <location filename="../../desktop/views/labels.py" line="155"/>
        <source>Tried enough today</source>
        <translation>Хватит на сегодня</translation>
    </message>
    <message>
        <location filename="../../desktop/views/labels.py" line="156"/>
        <source>Callback later</source>
        <translation>Перезвон позже</translation>
    </message>
    <message>
        <location filename="../../desktop/views/labels.py" line="158"/>
        <source>Closed</source>
        <translation>Закрыт</translation>
    </message>
    <message>
        <location filename="../../desktop/views/labels.py" line="159"/>
        <source>Held</source>
        <translation>Отложен</translation>
    </message>
    <message>
        <location filename="../../desktop/views/labels.py" line="161"/>
        <source>Callback due</source>
        <translation>Пора перезвонить</translation>
    </message>
    <message>
        <location filename="../../desktop/views/labels.py" line="208"/>
        <source>yesterday %1</source>
        <translation>вчера %1</translation>
    </message>
    <message>
        <location filename="../../desktop/views/labels.py" line="210"/>
        <source>tomorrow %1</source>
        <translation>завтра %1</translation>
    </message>
</context>
<context>
    <name>WhoIsCallingDialog</name>
    <message>
        <location filename="../../desktop/views/who_is_calling.py" line="42"/>
        <source>Who is calling?</source>
        <translation>Кто звонит?</translation>
    </message>
    <message>
        <location filename="../../desktop/views/who_is_calling.py" line="44"/>
        <source>Type or paste the caller&apos;s number</source>
        <translation>Введите или вставьте номер звонящего</translation>
    </message>
    <message>
        <location filename="../../desktop/views/who_is_calling.py" line="69"/>
        <source>Any format: +49 30 123456, 030 123456, (212) 555-0123…</source>
        <translation>Любой формат: +7 913 123-45-67, 8 913 123 45 67, (212) 555-0123…</translation>
    </message>
    <message>
        <location filename="../../desktop/views/who_is_calling.py" line="75"/>
        <source>Not a complete phone number yet.</source>
        <translation>Номер ещё не полный.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/who_is_calling.py" line="80"/>
        <source>Read as %1 (national numbers as %2).</source>
        <translation>Прочитан как %1 (местные номера — как %2).</translation>
    </message>
    <message>
        <location filename="../../desktop/views/who_is_calling.py" line="83"/>
        <source>No lead has this number.</source>
        <translation>Ни у одного лида нет этого номера.</translation>
    </message>
</context>
<context>
    <name>ZoneChooser</name>
    <message>
        <location filename="../../desktop/views/zone_chooser.py" line="47"/>
        <source>Where are they? %1</source>
        <translation>Где они? %1</translation>
    </message>
</context>
</TS>
