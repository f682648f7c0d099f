<?xml version='1.0' encoding='utf-8'?>
<!DOCTYPE TS>
<TS version="2.1" language="ru_RU">
  <context>
    <name>AddPartnerDialog</name>
    <message>
      <location filename="../../src/casevault/gui/partner_dialog.py" line="51" />
      <location filename="../../src/casevault/gui/partner_dialog.py" line="52" />
      <source>Add a partner from text</source>
      <translation>Добавить партнёра из текста</translation>
    </message>
    <message>
      <location filename="../../src/casevault/gui/partner_dialog.py" line="55" />
      <source>Paste the identity card the partner sent you (one line of text). It holds only public keys. The partner stays unverified until you compare the short code with them.</source>
      <translation>Вставьте визитную карточку, которую прислал партнёр (одна строка текста). В ней только открытые ключи. Партнёр остаётся непроверенным, пока вы не сверите с ним короткий код.</translation>
    </message>
    <message>
      <location filename="../../src/casevault/gui/partner_dialog.py" line="63" />
      <source>Identity card text</source>
      <translation>Текст визитной карточки</translation>
    </message>
    <message>
      <location filename="../../src/casevault/gui/partner_dialog.py" line="64" />
      <source>Paste the card here</source>
      <translation>Вставьте карточку сюда</translation>
    </message>
    <message>
      <location filename="../../src/casevault/gui/partner_dialog.py" line="69" />
      <source>Problem with the card</source>
      <translation>Проблема с карточкой</translation>
    </message>
    <message>
      <location filename="../../src/casevault/gui/partner_dialog.py" line="72" />
      <source>&amp;Add partner</source>
      <translation>&amp;Добавить партнёра</translation>
    </message>
    <message>
      <location filename="../../src/casevault/gui/partner_dialog.py" line="74" />
      <source>Add partner</source>
      <translation>Добавить партнёра</translation>
    </message>
    <message>
      <location filename="../../src/casevault/gui/partner_dialog.py" line="76" />
      <source>Cancel</source>
      <translation>Отмена</translation>
    </message>
    <message>
      <location filename="../../src/casevault/gui/partner_dialog.py" line="90" />
      <source>Paste the card text first.</source>
      <translation>Сначала вставьте текст карточки.</translation>
    </message>
  </context>
  <context>
    <name>Admission</name>
    <message>
      <location filename="../../src/casevault/gui/admission_text.py" line="23" />
      <source>%1: not changed. %2 never received this case from you, so it may not change it (it tried: %3).</source>
      <translation>%1: не изменено. Партнёр %2 никогда не получал это дело от вас, поэтому не может его менять (пытался изменить: %3).</translation>
    </message>
    <message>
      <location filename="../../src/casevault/gui/admission_text.py" line="28" />
      <source>%1: %3 not changed. These fields were never sent to %2.</source>
      <translation>%1: поля %3 не изменены. Эти поля никогда не передавались партнёру %2.</translation>
    </message>
    <message>
      <location filename="../../src/casevault/gui/admission_text.py" line="31" />
      <source>%1: refused. It claims to be a case of your own organisation, but your vault does not hold it; your cases reach you only from your own laptops.</source>
      <translation>%1: отклонено. В пакете оно указано как дело вашей собственной организации, но в вашем хранилище такого дела нет; ваши дела приходят к вам только с ваших собственных ноутбуков.</translation>
    </message>
    <message>
      <location filename="../../src/casevault/gui/admission_text.py" line="36" />
      <source>%1: it claims to come from %4. Only %2 signed it, so it is kept as coming from %2.</source>
      <translation>%1: в пакете указано, что источник — %4. Но подписал его только партнёр %2, поэтому источником записан %2.</translation>
    </message>
    <message>
      <location filename="../../src/casevault/gui/admission_text.py" line="40" />
      <source>%1: %5 timeline event(s) refused. %2 never received this case from you.</source>
      <translation>%1: отклонены события хронологии (%5). Партнёр %2 никогда не получал это дело от вас.</translation>
    </message>
    <message>
      <location filename="../../src/casevault/gui/admission_text.py" line="43" />
      <source>%1: %5 timeline event(s) refused. They claim to be written by your own organisation, but came from %2.</source>
      <translation>%1: отклонены события хронологии (%5). В них указано, что их записала ваша собственная организация, но пришли они от партнёра %2.</translation>
    </message>
    <message>
      <location filename="../../src/casevault/gui/admission_text.py" line="48" />
      <source>%1: %5 timeline event(s) claim to come from %4; they are kept as coming from %2, who signed them.</source>
      <translation>%1: события хронологии (%5) указывают источником %4; они сохраняются как полученные от партнёра %2, который их подписал.</translation>
    </message>
    <message>
      <location filename="../../src/casevault/gui/admission_text.py" line="53" />
      <source>%1: %5 attachment(s) refused. %2 never received this case from you.</source>
      <translation>%1: отклонены вложения (%5). Партнёр %2 никогда не получал это дело от вас.</translation>
    </message>
    <message>
      <location filename="../../src/casevault/gui/admission_text.py" line="56" />
      <source>%1: %5 attachment(s) refused. They claim to be added by your own organisation, but came from %2.</source>
      <translation>%1: отклонены вложения (%5). В них указано, что их добавила ваша собственная организация, но пришли они от партнёра %2.</translation>
    </message>
    <message>
      <location filename="../../src/casevault/gui/admission_text.py" line="61" />
      <source>%1: %5 attachment(s) claim to come from %4; they are kept as coming from %2, who signed them.</source>
      <translation>%1: вложения (%5) указывают источником %4; они сохраняются как полученные от партнёра %2, который их подписал.</translation>
    </message>
    <message>
      <location filename="../../src/casevault/gui/admission_text.py" line="66" />
      <source>%1: %2's deletion ignored. %2 never received this case from you.</source>
      <translation>%1: удаление от партнёра %2 не применено. Партнёр %2 никогда не получал это дело от вас.</translation>
    </message>
    <message>
      <location filename="../../src/casevault/gui/admission_text.py" line="70" />
      <source>%1: part of this record was not applied (%2 may not change it).</source>
      <translation>%1: часть этой записи не применена (партнёр %2 не может её менять).</translation>
    </message>
    <message>
      <location filename="../../src/casevault/gui/admission_text.py" line="81" />
      <source>Case %1 %2</source>
      <translation>Дело %1 %2</translation>
    </message>
    <message>
      <location filename="../../src/casevault/gui/admission_text.py" line="99" />
      <source>%1 closed their copy of %2 on %3. Your record stays as it is; a note is kept with it.</source>
      <translation>%2: партнёр %1 закрыл свою копию этого дела %3. Ваша запись остаётся как есть; к ней сохраняется пометка об этом.</translation>
    </message>
    <message>
      <location filename="../../src/casevault/gui/admission_text.py" line="114" />
      <source>%1 closed their copy of this case on %2.</source>
      <translation>Партнёр %1 закрыл свою копию этого дела %2.</translation>
    </message>
    <message>
      <location filename="../../src/casevault/gui/admission_text.py" line="124" />
      <source>Closed by the partner (kept here)</source>
      <translation>Закрыто партнёром (у вас сохраняется)</translation>
    </message>
    <message>
      <location filename="../../src/casevault/gui/admission_text.py" line="129" />
      <source>Not applied: %1 (the rest of the bundle still applies)</source>
      <translation>Не применяется: %1 (остальная часть пакета будет применена)</translation>
    </message>
      <message numerus="yes">
        <source>%1: %n timeline event(s) refused. %2 never received this case from you.</source>
        <translation>
            <numerusform>%1: отклонено %n событие хронологии. Партнёр %2 никогда не получал это дело от вас.</numerusform>
            <numerusform>%1: отклонено %n события хронологии. Партнёр %2 никогда не получал это дело от вас.</numerusform>
            <numerusform>%1: отклонено %n событий хронологии. Партнёр %2 никогда не получал это дело от вас.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %n timeline event(s) refused. They claim to be written by your own organisation, but came from %2.</source>
        <translation>
            <numerusform>%1: отклонено %n событие хронологии. В нём указано, что его записала ваша собственная организация, но пришло оно от партнёра %2.</numerusform>
            <numerusform>%1: отклонено %n события хронологии. В них указано, что их записала ваша собственная организация, но пришли они от партнёра %2.</numerusform>
            <numerusform>%1: отклонено %n событий хронологии. В них указано, что их записала ваша собственная организация, но пришли они от партнёра %2.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %n timeline event(s) claim to come from %4; they are kept as coming from %2, who signed them.</source>
        <translation>
            <numerusform>%1: %n событие хронологии указывает источником %4; оно сохраняется как полученное от партнёра %2, который его подписал.</numerusform>
            <numerusform>%1: %n события хронологии указывают источником %4; они сохраняются как полученные от партнёра %2, который их подписал.</numerusform>
            <numerusform>%1: %n событий хронологии указывают источником %4; они сохраняются как полученные от партнёра %2, который их подписал.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %n attachment(s) refused. %2 never received this case from you.</source>
        <translation>
            <numerusform>%1: отклонено %n вложение. Партнёр %2 никогда не получал это дело от вас.</numerusform>
            <numerusform>%1: отклонено %n вложения. Партнёр %2 никогда не получал это дело от вас.</numerusform>
            <numerusform>%1: отклонено %n вложений. Партнёр %2 никогда не получал это дело от вас.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %n attachment(s) refused. They claim to be added by your own organisation, but came from %2.</source>
        <translation>
            <numerusform>%1: отклонено %n вложение. В нём указано, что его добавила ваша собственная организация, но пришло оно от партнёра %2.</numerusform>
            <numerusform>%1: отклонено %n вложения. В них указано, что их добавила ваша собственная организация, но пришли они от партнёра %2.</numerusform>
            <numerusform>%1: отклонено %n вложений. В них указано, что их добавила ваша собственная организация, но пришли они от партнёра %2.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %n attachment(s) claim to come from %4; they are kept as coming from %2, who signed them.</source>
        <translation>
            <numerusform>%1: %n вложение указывает источником %4; оно сохраняется как полученное от партнёра %2, который его подписал.</numerusform>
            <numerusform>%1: %n вложения указывают источником %4; они сохраняются как полученные от партнёра %2, который их подписал.</numerusform>
            <numerusform>%1: %n вложений указывают источником %4; они сохраняются как полученные от партнёра %2, который их подписал.</numerusform>
        </translation>
    </message>
</context>
  <context>
    <name>ApplyPage</name>
    <message>
      <location filename="../../src/casevault/gui/import_wizard.py" line="268" />
      <source>Importing</source>
      <translation>Импорт</translation>
    </message>
    <message>
      <location filename="../../src/casevault/gui/import_wizard.py" line="270" />
      <source>Import progress</source>
      <translation>Ход импорта</translation>
    </message>
    <message>
      <location filename="../../src/casevault/gui/import_wizard.py" line="273" />
      <source>Import result</source>
      <translation>Итог импорта</translation>
    </message>
    <message>
      <location filename="../../src/casevault/gui/import_wizard.py" line="288" />
      <source>Applying…</source>
      <translation>Применяется…</translation>
    </message>
    <message>
      <location filename="../../src/casevault/gui/import_wizard.py" line="308" />
      <source>Imported: %1 new case(s), %2 changed, %3 field(s) in conflict waiting for you.</source>
      <translation>Импортировано: новых дел — %1, изменённых — %2, полей в конфликте, ждущих вашего решения, — %3.</translation>
    </message>
    <message>
      <location filename="../../src/casevault/gui/import_wizard.py" line="323" />
      <source>Your vault was not changed.</source>
      <translation>Ваше хранилище не изменилось.</translation>
    </message>
    <message>
      <location filename="../../src/casevault/gui/import_wizard.py" line="301" />
      <source>&amp;Compact again</source>
      <translation>&amp;Сжать ещё раз</translation>
    </message>
    <message>
      <location filename="../../src/casevault/gui/import_wizard.py" line="302" />
      <source>Compact the vault again</source>
      <translation>Сжать хранилище ещё раз</translation>
    </message>
    <message>
      <location filename="../../src/casevault/gui/import_wizard.py" line="347" />
      <source>%1 case(s) erased for good, as their senders asked.</source>
      <translation>Стёрто навсегда по просьбе отправителей — дел: %1.</translation>
    </message>
    <message>
      <location filename="../../src/casevault/gui/import_wizard.py" line="378" />
      <source>The vault is compacted: nothing of the erased man remains.</source>
      <translation>Хранилище сжато: данных стёртого человека в нём не осталось.</translation>
    </message>
      <message>
        <source>Your vault changed after the preview, so the bundle was checked again against it before anything was applied.</source>
        <translation>Ваше хранилище изменилось после предпросмотра, поэтому пакет был заново сверен с ним, прежде чем что-либо было применено.</translation>
    </message>
    <message>
        <source>Imported:</source>
        <translation>Импортировано:</translation>
    </message>
    <message numerus="yes">
        <source>%n new case(s)</source>
        <translation>
            <numerusform>%n новое дело</numerusform>
            <numerusform>%n новых дела</numerusform>
            <numerusform>%n новых дел</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n changed case(s)</source>
        <translation>
            <numerusform>%n изменённое дело</numerusform>
            <numerusform>%n изменённых дела</numerusform>
            <numerusform>%n изменённых дел</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n field(s) in conflict waiting for you</source>
        <translation>
            <numerusform>%n поле в конфликте ждёт вас</numerusform>
            <numerusform>%n поля в конфликте ждут вас</numerusform>
            <numerusform>%n полей в конфликте ждут вас</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n case(s) erased for good, as their senders asked.</source>
        <translation>
            <numerusform>%n дело стёрто навсегда по просьбе отправителей.</numerusform>
            <numerusform>%n дела стёрты навсегда по просьбе отправителей.</numerusform>
            <numerusform>%n дел стёрто навсегда по просьбе отправителей.</numerusform>
        </translation>
    </message>
</context>
  <context>
    <name>CaseEditor</name>
    <message>
      <location filename="../../src/casevault/gui/case_editor.py" line="61" />
      <source>Partners that closed their copy</source>
      <translation>Партнёры, закрывшие свою копию</translation>
    </message>
  </context>
  <context>
    <name>CasesPage</name>
    <message>
      <location filename="../../src/casevault/gui/export_wizard.py" line="98" />
      <source>Which cases?</source>
      <translation>Какие дела?</translation>
    </message>
    <message>
      <location filename="../../src/casevault/gui/export_wizard.py" line="99" />
      <source>&amp;All cases (and the deletions)</source>
      <translation>&amp;Все дела (и удаления)</translation>
    </message>
    <message>
      <location filename="../../src/casevault/gui/export_wizard.py" line="100" />
      <source>All cases</source>
      <translation>Все дела</translation>
    </message>
    <message>
      <location filename="../../src/casevault/gui/export_wizard.py" line="101" />
      <source>&amp;Only the cases ticked below</source>
      <translation>&amp;Только отмеченные ниже дела</translation>
    </message>
    <message>
      <location filename="../../src/casevault/gui/export_wizard.py" line="102" />
      <source>Only ticked cases</source>
      <translation>Только отмеченные дела</translation>
    </message>
    <message>
      <location filename="../../src/casevault/gui/export_wizard.py" line="107" />
      <source>Search cases to tick</source>
      <translation>Поиск дел для отметки</translation>
    </message>
    <message>
      <location filename="../../src/casevault/gui/export_wizard.py" line="108" />
      <source>Search by name</source>
      <translation>Поиск по имени</translation>
    </message>
    <message>
      <location filename="../../src/casevault/gui/export_wizard.py" line="111" />
      <source>Cases to export</source>
      <translation>Дела для экспорта</translation>
    </message>
      <message>
        <source>Number of ticked cases</source>
        <translation>Число отмеченных дел</translation>
    </message>
    <message>
        <source>Ticked: %1 (shown first in the list)</source>
        <translation>Отмечено: %1 (показаны в начале списка)</translation>
    </message>
</context>
  <context>
    <name>ChecksPage</name>
    <message>
      <location filename="../../src/casevault/gui/import_wizard.py" line="126" />
      <source>Checking the bundle</source>
      <translation>Проверка пакета</translation>
    </message>
    <message>
      <location filename="../../src/casevault/gui/import_wizard.py" line="129" />
      <source>Check result</source>
      <translation>Результат проверки</translation>
    </message>
    <message>
      <location filename="../../src/casevault/gui/import_wizard.py" line="131" />
      <source>Checks passed</source>
      <translation>Пройденные проверки</translation>
    </message>
    <message>
      <location filename="../../src/casevault/gui/import_wizard.py" line="145" />
      <source>Checking… nothing is imported yet.</source>
      <translation>Проверка… пока ничего не импортировано.</translation>
    </message>
    <message>
      <location filename="../../src/casevault/gui/import_wizard.py" line="166" />
      <source>The bundle from %1 passed every check:</source>
      <translation>Пакет от %1 прошёл все проверки:</translation>
    </message>
    <message>
      <location filename="../../src/casevault/gui/import_wizard.py" line="176" />
      <source>Could not read this file.</source>
      <translation>Не удалось прочитать этот файл.</translation>
    </message>
    <message>
      <location filename="../../src/casevault/gui/import_wizard.py" line="177" />
      <source>Your vault was not changed.</source>
      <translation>Ваше хранилище не изменилось.</translation>
    </message>
  </context>
  <context>
    <name>ConflictsView</name>
    <message>
      <location filename="../../src/casevault/gui/conflicts_view.py" line="45" />
      <source>Conflicts</source>
      <translation>Конфликты</translation>
    </message>
    <message>
      <location filename="../../src/casevault/gui/conflicts_view.py" line="48" />
      <source>When the same field of a case was changed in two places before they exchanged bundles, both values are kept here until you choose one. Until then the case shows one of them.</source>
      <translation>Если одно и то же поле дела изменили в двух местах до обмена пакетами, здесь хранятся оба значения, пока вы не выберете одно. До тех пор в деле показано одно из них.</translation>
    </message>
    <message>
      <location filename="../../src/casevault/gui/conflicts_view.py" line="56" />
      <source>Fields in conflict</source>
      <translation>Поля в конфликте</translation>
    </message>
    <message>
      <location filename="../../src/casevault/gui/conflicts_view.py" line="58" />
      <source>Case</source>
      <translation>Дело</translation>
    </message>
    <message>
      <location filename="../../src/casevault/gui/conflicts_view.py" line="58" />
      <source>Field</source>
      <translation>Поле</translation>
    </message>
    <message>
      <location filename="../../src/casevault/gui/conflicts_view.py" line="58" />
      <source>Shown now</source>
      <translation>Показано сейчас</translation>
    </message>
    <message>
      <location filename="../../src/casevault/gui/conflicts_view.py" line="68" />
      <location filename="../../src/casevault/gui/conflicts_view.py" line="69" />
      <source>Competing values</source>
      <translation>Конкурирующие значения</translation>
    </message>
    <message>
      <location filename="../../src/casevault/gui/conflicts_view.py" line="73" />
      <source>Conflict status message</source>
      <translation>Сообщение о конфликте</translation>
    </message>
    <message>
      <location filename="../../src/casevault/gui/conflicts_view.py" line="74" />
      <source>&amp;Refresh</source>
      <translation>&amp;Обновить</translation>
    </message>
    <message>
      <location filename="../../src/casevault/gui/conflicts_view.py" line="75" />
      <source>Refresh conflicts</source>
      <translation>Обновить конфликты</translation>
    </message>
    <message>
      <location filename="../../src/casevault/gui/conflicts_view.py" line="106" />
      <source>No conflicts.</source>
      <translation>Конфликтов нет.</translation>
    </message>
    <message>
      <location filename="../../src/casevault/gui/conflicts_view.py" line="125" />
      <location filename="../../src/casevault/gui/conflicts_view.py" line="129" />
      <source>Value %1</source>
      <translation>Значение %1</translation>
    </message>
    <message>
      <location filename="../../src/casevault/gui/conflicts_view.py" line="132" />
      <source>Where and when value %1 was made</source>
      <translation>Где и когда внесено значение %1</translation>
    </message>
    <message>
      <location filename="../../src/casevault/gui/conflicts_view.py" line="134" />
      <source>&amp;Keep this value</source>
      <translation>&amp;Оставить это значение</translation>
    </message>
    <message>
      <location filename="../../src/casevault/gui/conflicts_view.py" line="136" />
      <source>Keep value %1: %2</source>
      <translation>Оставить значение %1: %2</translation>
    </message>
    <message>
      <location filename="../../src/casevault/gui/conflicts_view.py" line="165" />
      <source>Kept “%1” for %2.</source>
      <translation>Для поля «%2» оставлено «%1».</translation>
    </message>
      <message>
        <source>this laptop</source>
        <translation>этот ноутбук</translation>
    </message>
    <message>
        <source>laptop “%1”</source>
        <translation>ноутбук «%1»</translation>
    </message>
    <message>
        <source>laptop %1</source>
        <translation>ноутбук %1</translation>
    </message>
    <message>
        <source>an organisation not known here</source>
        <translation>организация, неизвестная здесь</translation>
    </message>
    <message>
        <source>%1 (ours)</source>
        <translation>%1 (наша)</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>Made by %1 on %2</source>
        <translation>Внесено: %1, %2</translation>
    </message>
    <message>
        <source>an unknown date</source>
        <translation>дата неизвестна</translation>
    </message>
    <message>
        <source>Changed by</source>
        <translation>Кем изменено</translation>
    </message>
    <message>
        <source>Who made value %1, and when</source>
        <translation>Кто и когда внёс значение %1</translation>
    </message>
    <message>
        <source>Keep value &amp;%1</source>
        <translation>Оставить значение &amp;%1</translation>
    </message>
    <message numerus="yes">
        <source>%n field(s) in conflict. Select one, then keep one of its values.</source>
        <translation>
            <numerusform>%n поле в конфликте. Выберите его и оставьте одно из значений.</numerusform>
            <numerusform>%n поля в конфликте. Выберите одно из них и оставьте одно из его значений.</numerusform>
            <numerusform>%n полей в конфликте. Выберите одно из них и оставьте одно из его значений.</numerusform>
        </translation>
    </message>
    <message>
        <source>Keeping the chosen value…</source>
        <translation>Сохранение выбранного значения…</translation>
    </message>
</context>
  <context>
    <name>DestinationPage</name>
    <message>
      <location filename="../../src/casevault/gui/export_wizard.py" line="287" />
      <source>Where should the bundle go?</source>
      <translation>Куда сохранить пакет?</translation>
    </message>
    <message>
      <location filename="../../src/casevault/gui/export_wizard.py" line="289" />
      <source>The bundle is encrypted for the recipients only; anyone else sees noise.</source>
      <translation>Пакет зашифрован только для получателей; любой другой увидит лишь шум.</translation>
    </message>
    <message>
      <location filename="../../src/casevault/gui/export_wizard.py" line="291" />
      <source>Save as a &amp;file (USB stick, e-mail attachment)</source>
      <translation>Сохранить как &amp;файл (флешка, вложение в письмо)</translation>
    </message>
    <message>
      <location filename="../../src/casevault/gui/export_wizard.py" line="292" />
      <source>Save as a file</source>
      <translation>Сохранить как файл</translation>
    </message>
    <message>
      <location filename="../../src/casevault/gui/export_wizard.py" line="293" />
      <source>As &amp;text to copy into a message</source>
      <translation>Как &amp;текст, чтобы вставить в сообщение</translation>
    </message>
    <message>
      <location filename="../../src/casevault/gui/export_wizard.py" line="294" />
      <source>As text to copy</source>
      <translation>Как текст для копирования</translation>
    </message>
    <message>
      <location filename="../../src/casevault/gui/export_wizard.py" line="300" />
      <source>Bundle file name</source>
      <translation>Имя файла пакета</translation>
    </message>
    <message>
      <location filename="../../src/casevault/gui/export_wizard.py" line="301" />
      <source>&amp;Browse…</source>
      <translation>&amp;Обзор…</translation>
    </message>
    <message>
      <location filename="../../src/casevault/gui/export_wizard.py" line="302" />
      <source>Choose where to save the bundle</source>
      <translation>Выбрать, куда сохранить пакет</translation>
    </message>
    <message>
      <location filename="../../src/casevault/gui/export_wizard.py" line="312" />
      <source>&amp;Export</source>
      <translation>&amp;Экспортировать</translation>
    </message>
    <message>
      <location filename="../../src/casevault/gui/export_wizard.py" line="319" />
      <source>Save the bundle</source>
      <translation>Сохранить пакет</translation>
    </message>
    <message>
      <location filename="../../src/casevault/gui/export_wizard.py" line="319" />
      <source>CaseVault bundles (*.cvb);;All files (*)</source>
      <translation>Пакеты CaseVault (*.cvb);;Все файлы (*)</translation>
    </message>
  </context>
  <context>
    <name>ErasureNotices</name>
    <message>
      <location filename="../../src/casevault/gui/erasure_notices_view.py" line="29" />
      <source>This case was erased at the man's request. An erasure is final: it cannot be restored, unmerged or imported again.</source>
      <translation>Это дело стёрто по просьбе человека. Стирание окончательно: дело нельзя восстановить, вернуть из объединения или импортировать снова.</translation>
    </message>
    <message>
      <location filename="../../src/casevault/gui/erasure_notices_view.py" line="33" />
      <source>Nothing was erased: %1 other case(s) belong to the same man (merged or linked as duplicates). Confirm them too to erase them with this one.</source>
      <translation>Ничего не стёрто: к тому же человеку относятся другие дела (объединённые или связанные как дубликаты), их %1. Подтвердите и их, чтобы стереть вместе с этим.</translation>
    </message>
    <message>
      <location filename="../../src/casevault/gui/erasure_notices_view.py" line="37" />
      <source>The man's records ARE erased, but the vault could not be compacted, so traces may remain in its free space until it is. Close other programs using the vault and press “Compact again”.</source>
      <translation>Записи этого человека СТЁРТЫ, но хранилище не удалось сжать, поэтому, пока это не сделано, следы могут оставаться в его свободном месте. Закройте другие программы, которые используют хранилище, и нажмите «Сжать ещё раз».</translation>
    </message>
      <message numerus="yes">
        <source>Nothing was erased: %n other case(s) belong to the same man (merged or linked as duplicates). Confirm them too to erase them with this one.</source>
        <translation>
            <numerusform>Ничего не стёрто: к тому же человеку относится ещё %n дело (объединённое или связанное как дубликат). Подтвердите и его, чтобы стереть вместе с этим.</numerusform>
            <numerusform>Ничего не стёрто: к тому же человеку относятся ещё %n дела (объединённые или связанные как дубликаты). Подтвердите и их, чтобы стереть вместе с этим.</numerusform>
            <numerusform>Ничего не стёрто: к тому же человеку относятся ещё %n дел (объединённые или связанные как дубликаты). Подтвердите и их, чтобы стереть вместе с этим.</numerusform>
        </translation>
    </message>
</context>
  <context>
    <name>ErasureNoticesView</name>
    <message>
      <location filename="../../src/casevault/gui/erasure_notices_view.py" line="52" />
      <source>Records of erased cases refused</source>
      <translation>Отклонённые записи стёртых дел</translation>
    </message>
    <message>
      <location filename="../../src/casevault/gui/erasure_notices_view.py" line="54" />
      <source>Erasure notices from the sender</source>
      <translation>Уведомления отправителя о стирании</translation>
    </message>
    <message>
      <location filename="../../src/casevault/gui/erasure_notices_view.py" line="65" />
      <source>Refused: records of %1 case(s) erased here at the man's request. They never come back.</source>
      <translation>Отклонено: записи дел, стёртых здесь по просьбе человека (дел: %1). Стёртое никогда не возвращается.</translation>
    </message>
    <message>
      <location filename="../../src/casevault/gui/erasure_notices_view.py" line="87" />
      <source>%1 erased case %2 (%3 as held here) at the man's request on %4. Erase it here too.</source>
      <translation>Партнёр %1 %4 стёр дело %2 по просьбе человека (у вас оно записано как %3). Сотрите его и здесь.</translation>
    </message>
    <message>
      <location filename="../../src/casevault/gui/erasure_notices_view.py" line="96" />
      <source>already erased here</source>
      <translation>здесь уже стёрто</translation>
    </message>
    <message>
      <location filename="../../src/casevault/gui/erasure_notices_view.py" line="97" />
      <source>already complied with</source>
      <translation>уже выполнено</translation>
    </message>
    <message>
      <location filename="../../src/casevault/gui/erasure_notices_view.py" line="98" />
      <source>this vault never held that case</source>
      <translation>этого дела в хранилище никогда не было</translation>
    </message>
    <message>
      <location filename="../../src/casevault/gui/erasure_notices_view.py" line="99" />
      <source>ignored: the sender never held this case</source>
      <translation>пропущено: у отправителя этого дела никогда не было</translation>
    </message>
    <message>
      <location filename="../../src/casevault/gui/erasure_notices_view.py" line="102" />
      <source>Erasure notice from %1 about case %2: %3</source>
      <translation>Уведомление о стирании от партнёра %1 по делу %2: %3</translation>
    </message>
      <message numerus="yes">
        <source>Refused: records of %n case(s) erased here at the man's request. They never come back.</source>
        <translation>
            <numerusform>Отклонено: записи %n дела, стёртого здесь по просьбе человека. Они никогда не вернутся.</numerusform>
            <numerusform>Отклонено: записи %n дел, стёртых здесь по просьбе человека. Они никогда не вернутся.</numerusform>
            <numerusform>Отклонено: записи %n дел, стёртых здесь по просьбе человека. Они никогда не вернутся.</numerusform>
        </translation>
    </message>
</context>
  <context>
    <name>ExchangeTab</name>
    <message>
      <location filename="../../src/casevault/gui/exchange_tab.py" line="42" />
      <source>Partners and exchange</source>
      <translation>Партнёры и обмен</translation>
    </message>
    <message>
      <location filename="../../src/casevault/gui/exchange_tab.py" line="43" />
      <source>&amp;Export a bundle…</source>
      <translation>&amp;Экспортировать пакет…</translation>
    </message>
    <message>
      <location filename="../../src/casevault/gui/exchange_tab.py" line="44" />
      <source>Export a bundle</source>
      <translation>Экспорт пакета</translation>
    </message>
    <message>
      <location filename="../../src/casevault/gui/exchange_tab.py" line="45" />
      <source>&amp;Import a bundle…</source>
      <translation>&amp;Импортировать пакет…</translation>
    </message>
    <message>
      <location filename="../../src/casevault/gui/exchange_tab.py" line="46" />
      <source>Import a bundle</source>
      <translation>Импорт пакета</translation>
    </message>
    <message>
      <location filename="../../src/casevault/gui/exchange_tab.py" line="50" />
      <source>Exchange sections</source>
      <translation>Разделы обмена</translation>
    </message>
    <message>
      <location filename="../../src/casevault/gui/exchange_tab.py" line="51" />
      <source>Partners</source>
      <translation>Партнёры</translation>
    </message>
    <message>
      <location filename="../../src/casevault/gui/exchange_tab.py" line="52" />
      <location filename="../../src/casevault/gui/exchange_tab.py" line="69" />
      <source>Conflicts</source>
      <translation>Конфликты</translation>
    </message>
    <message>
      <location filename="../../src/casevault/gui/exchange_tab.py" line="69" />
      <source>Conflicts (%1)</source>
      <translation>Конфликты (%1)</translation>
    </message>
      <message>
        <source>Inbox</source>
        <translation>Входящие</translation>
    </message>
    <message>
        <source>Inbox (%1 waiting)</source>
        <translation>Входящие (ждут: %1)</translation>
    </message>
    <message>
        <source>Our laptops and keys</source>
        <translation>Наши ноутбуки и ключи</translation>
    </message>
</context>
  <context>
    <name>ExportWizard</name>
    <message>
      <location filename="../../src/casevault/gui/export_wizard.py" line="458" />
      <location filename="../../src/casevault/gui/export_wizard.py" line="459" />
      <source>Export a bundle</source>
      <translation>Экспорт пакета</translation>
    </message>
  </context>
  <context>
    <name>FieldValues</name>
    <message>
      <location filename="../../src/casevault/gui/field_values.py" line="35" />
      <source>%1, laptop %2</source>
      <translation>%1, ноутбук %2</translation>
    </message>
  </context>
  <context>
    <name>ImportWizard</name>
    <message>
      <location filename="../../src/casevault/gui/import_wizard.py" line="349" />
      <location filename="../../src/casevault/gui/import_wizard.py" line="350" />
      <source>Import a bundle</source>
      <translation>Импорт пакета</translation>
    </message>
  </context>
  <context>
    <name>Messages</name>
    <message>
      <location filename="../../src/casevault/gui/exchange_messages.py" line="29" />
      <source>This bundle was changed, cut short or damaged after it was made. Nothing was imported. Ask the sender to send it again, by another route if you can.</source>
      <translation>Этот пакет был изменён, обрезан или повреждён после создания. Ничего не импортировано. Попросите отправителя прислать его ещё раз, по возможности другим путём.</translation>
    </message>
    <message>
      <location filename="../../src/casevault/gui/exchange_messages.py" line="37" />
      <source>it is far too large to be an identity card</source>
      <translation>она слишком велика для визитной карточки</translation>
    </message>
    <message>
      <location filename="../../src/casevault/gui/exchange_messages.py" line="38" />
      <source>it is not a CaseVault identity card</source>
      <translation>это не визитная карточка CaseVault</translation>
    </message>
    <message>
      <location filename="../../src/casevault/gui/exchange_messages.py" line="39" />
      <source>it is damaged or incomplete</source>
      <translation>она повреждена или неполна</translation>
    </message>
    <message>
      <location filename="../../src/casevault/gui/exchange_messages.py" line="40" />
      <source>it was made by another version of CaseVault</source>
      <translation>она создана другой версией CaseVault</translation>
    </message>
    <message>
      <location filename="../../src/casevault/gui/exchange_messages.py" line="43" />
      <source>its keys are damaged</source>
      <translation>её ключи повреждены</translation>
    </message>
    <message>
      <location filename="../../src/casevault/gui/exchange_messages.py" line="44" />
      <source>its signature does not match its content (damaged or altered)</source>
      <translation>её подпись не совпадает с содержимым (повреждена или изменена)</translation>
    </message>
    <message>
      <location filename="../../src/casevault/gui/exchange_messages.py" line="52" />
      <source>it is damaged</source>
      <translation>она повреждена</translation>
    </message>
    <message>
      <location filename="../../src/casevault/gui/exchange_messages.py" line="53" />
      <source>This identity card cannot be used: %1.</source>
      <translation>Эту визитную карточку нельзя использовать: %1.</translation>
    </message>
    <message>
      <location filename="../../src/casevault/gui/exchange_messages.py" line="60" />
      <source>This partner's keys are revoked. Nothing was sent or imported.</source>
      <translation>Ключи этого партнёра отозваны. Ничего не отправлено и не импортировано.</translation>
    </message>
    <message>
      <location filename="../../src/casevault/gui/exchange_messages.py" line="63" />
      <source>This partner is not verified yet. Compare the short code with them first (Partners and exchange → Verify).</source>
      <translation>Этот партнёр ещё не проверен. Сначала сверьте с ним короткий код (Партнёры и обмен → Проверить).</translation>
    </message>
    <message>
      <location filename="../../src/casevault/gui/exchange_messages.py" line="71" />
      <source>This file is not a CaseVault bundle.</source>
      <translation>Этот файл — не пакет CaseVault.</translation>
    </message>
    <message>
      <location filename="../../src/casevault/gui/exchange_messages.py" line="74" />
      <location filename="../../src/casevault/gui/exchange_messages.py" line="77" />
      <source>This bundle was made by a newer CaseVault. Update CaseVault to import it.</source>
      <translation>Этот пакет создан более новой версией CaseVault. Обновите CaseVault, чтобы его импортировать.</translation>
    </message>
    <message>
      <location filename="../../src/casevault/gui/exchange_messages.py" line="80" />
      <source>The pasted bundle text is broken at line %1 (a line missing or changed when it was copied?). Nothing was imported.</source>
      <translation>Вставленный текст пакета повреждён в строке %1 (строка потерялась или изменилась при копировании?). Ничего не импортировано.</translation>
    </message>
    <message>
      <location filename="../../src/casevault/gui/exchange_messages.py" line="85" />
      <source>This bundle is larger than CaseVault accepts. Nothing was imported; ask the sender to split it.</source>
      <translation>Этот пакет больше, чем принимает CaseVault. Ничего не импортировано; попросите отправителя разделить его.</translation>
    </message>
    <message>
      <location filename="../../src/casevault/gui/exchange_messages.py" line="90" />
      <source>This bundle is damaged (its structure is broken). Nothing was imported.</source>
      <translation>Этот пакет повреждён (нарушена его структура). Ничего не импортировано.</translation>
    </message>
    <message>
      <location filename="../../src/casevault/gui/exchange_messages.py" line="93" />
      <source>This bundle was not made for your organisation (or its address part was damaged). Nothing was imported.</source>
      <translation>Этот пакет предназначен не вашей организации (или повреждена его адресная часть). Ничего не импортировано.</translation>
    </message>
    <message>
      <location filename="../../src/casevault/gui/exchange_messages.py" line="99" />
      <source>This bundle comes from an organisation that is not among your partners. Nothing was imported. Add and verify the partner first.</source>
      <translation>Этот пакет пришёл от организации, которой нет среди ваших партнёров. Ничего не импортировано. Сначала добавьте и проверьте партнёра.</translation>
    </message>
    <message>
      <location filename="../../src/casevault/gui/exchange_messages.py" line="104" />
      <source>This bundle is signed with keys that are not the ones you verified for this partner. Nothing was imported. Call the partner before doing anything else.</source>
      <translation>Этот пакет подписан не теми ключами, которые вы проверили у этого партнёра. Ничего не импортировано. Прежде всего позвоните партнёру.</translation>
    </message>
    <message>
      <location filename="../../src/casevault/gui/exchange_messages.py" line="109" />
      <source>This bundle was made for other organisations and re-addressed to you. Nothing was imported.</source>
      <translation>Этот пакет был создан для других организаций и переадресован вам. Ничего не импортировано.</translation>
    </message>
    <message>
      <location filename="../../src/casevault/gui/exchange_messages.py" line="115" />
      <source>This bundle is signed correctly, but part of its content is not acceptable (%1: %2). Nothing was imported.</source>
      <translation>Пакет подписан правильно, но часть его содержимого недопустима (%1: %2). Ничего не импортировано.</translation>
    </message>
    <message>
      <location filename="../../src/casevault/gui/exchange_messages.py" line="124" />
      <source>The bundle could not be made or read. Nothing was changed.</source>
      <translation>Не удалось создать или прочитать пакет. Ничего не изменено.</translation>
    </message>
    <message>
      <location filename="../../src/casevault/gui/exchange_messages.py" line="128" />
      <source>This bundle was already imported. Importing it again is refused (it could be a replay).</source>
      <translation>Этот пакет уже был импортирован. Повторный импорт отклонён (это может быть повтор).</translation>
    </message>
    <message>
      <location filename="../../src/casevault/gui/exchange_messages.py" line="132" />
      <source>This bundle holds more than %1 records; ask the sender to split it.</source>
      <translation>В этом пакете больше %1 записей; попросите отправителя разделить его.</translation>
    </message>
    <message>
      <location filename="../../src/casevault/gui/exchange_messages.py" line="135" />
      <source>This bundle comes from a laptop that was removed from your organisation. Nothing was imported.</source>
      <translation>Этот пакет пришёл с ноутбука, удалённого из вашей организации. Ничего не импортировано.</translation>
    </message>
    <message>
      <location filename="../../src/casevault/gui/exchange_messages.py" line="140" />
      <source>This bundle was made on this laptop; there is nothing to import.</source>
      <translation>Этот пакет создан на этом ноутбуке; импортировать нечего.</translation>
    </message>
    <message>
      <location filename="../../src/casevault/gui/exchange_messages.py" line="143" />
      <source>There is nothing to export.</source>
      <translation>Экспортировать нечего.</translation>
    </message>
    <message>
      <location filename="../../src/casevault/gui/exchange_messages.py" line="146" />
      <source>%1 case(s) have no consent for this partner. Record his consent, or give a written reason to export anyway.</source>
      <translation>Для дел (%1) нет согласия на передачу этому партнёру. Запишите согласие человека или письменно укажите причину, чтобы всё же экспортировать.</translation>
    </message>
    <message>
      <location filename="../../src/casevault/gui/exchange_messages.py" line="151" />
      <source>There is no redaction profile with this name.</source>
      <translation>Профиля скрытия с таким именем нет.</translation>
    </message>
    <message>
      <location filename="../../src/casevault/gui/exchange_messages.py" line="154" />
      <source>This field is no longer in conflict (someone resolved it already).</source>
      <translation>Это поле больше не в конфликте (его уже кто-то разрешил).</translation>
    </message>
    <message>
      <location filename="../../src/casevault/gui/exchange_messages.py" line="157" />
      <source>This partner is no longer in the vault.</source>
      <translation>Этого партнёра больше нет в хранилище.</translation>
    </message>
    <message>
      <location filename="../../src/casevault/gui/exchange_messages.py" line="160" />
      <source>This id matches several partners.</source>
      <translation>Этот идентификатор подходит нескольким партнёрам.</translation>
    </message>
    <message>
      <location filename="../../src/casevault/gui/exchange_messages.py" line="163" />
      <source>This partner is already in your vault.</source>
      <translation>Этот партнёр уже есть в вашем хранилище.</translation>
    </message>
    <message>
      <location filename="../../src/casevault/gui/exchange_messages.py" line="166" />
      <source>This is your own organisation's identity card.</source>
      <translation>Это визитная карточка вашей собственной организации.</translation>
    </message>
    <message>
      <location filename="../../src/casevault/gui/exchange_messages.py" line="169" />
      <source>The code does NOT match. Do not trust this partner's keys: the card may have been swapped on its way. Get a new card from the partner through another channel.</source>
      <translation>Код НЕ совпадает. Не доверяйте ключам этого партнёра: карточку могли подменить в пути. Получите от партнёра новую карточку по другому каналу.</translation>
    </message>
    <message>
      <location filename="../../src/casevault/gui/exchange_messages.py" line="178" />
      <source>It is addressed to your organisation.</source>
      <translation>Он адресован вашей организации.</translation>
    </message>
    <message>
      <location filename="../../src/casevault/gui/exchange_messages.py" line="179" />
      <source>Nothing in it was changed after it was made.</source>
      <translation>После создания в нём ничего не изменено.</translation>
    </message>
    <message>
      <location filename="../../src/casevault/gui/exchange_messages.py" line="180" />
      <source>It is complete: nothing was cut off or added.</source>
      <translation>Он полный: ничего не отрезано и не добавлено.</translation>
    </message>
    <message>
      <location filename="../../src/casevault/gui/exchange_messages.py" line="181" />
      <source>The sender's signatures are genuine.</source>
      <translation>Подписи отправителя подлинные.</translation>
    </message>
    <message>
      <location filename="../../src/casevault/gui/exchange_messages.py" line="182" />
      <source>It was not re-addressed: you are among the recipients the sender signed.</source>
      <translation>Он не переадресован: вы среди получателей, подписанных отправителем.</translation>
    </message>
    <message>
      <location filename="../../src/casevault/gui/exchange_messages.py" line="185" />
      <source>The sender is a partner you verified, and not revoked.</source>
      <translation>Отправитель — проверенный вами партнёр, и его ключи не отозваны.</translation>
    </message>
    <message>
      <location filename="../../src/casevault/gui/exchange_messages.py" line="188" />
      <source>It was never imported before.</source>
      <translation>Он ещё ни разу не импортировался.</translation>
    </message>
    <message>
      <location filename="../../src/casevault/gui/exchange_messages.py" line="189" />
      <source>Every record in it is well-formed.</source>
      <translation>Все записи в нём корректны.</translation>
    </message>
    <message>
      <location filename="../../src/casevault/gui/exchange_messages.py" line="190" />
      <source>Every screening in it carries a valid signature.</source>
      <translation>Каждая оценка в нём имеет действительную подпись.</translation>
    </message>
    <message>
      <location filename="../../src/casevault/gui/exchange_messages.py" line="196" />
      <source>Name in Cyrillic</source>
      <translation>Имя кириллицей</translation>
    </message>
    <message>
      <location filename="../../src/casevault/gui/exchange_messages.py" line="197" />
      <source>Name in Latin letters</source>
      <translation>Имя латиницей</translation>
    </message>
    <message>
      <location filename="../../src/casevault/gui/exchange_messages.py" line="198" />
      <source>Aliases</source>
      <translation>Другие имена</translation>
    </message>
    <message>
      <location filename="../../src/casevault/gui/exchange_messages.py" line="199" />
      <source>Date of birth</source>
      <translation>Дата рождения</translation>
    </message>
    <message>
      <location filename="../../src/casevault/gui/exchange_messages.py" line="200" />
      <source>Place of birth</source>
      <translation>Место рождения</translation>
    </message>
    <message>
      <location filename="../../src/casevault/gui/exchange_messages.py" line="201" />
      <source>Service</source>
      <translation>Служба</translation>
    </message>
    <message>
      <location filename="../../src/casevault/gui/exchange_messages.py" line="202" />
      <source>Unit</source>
      <translation>Часть</translation>
    </message>
    <message>
      <location filename="../../src/casevault/gui/exchange_messages.py" line="203" />
      <source>Rank</source>
      <translation>Звание</translation>
    </message>
    <message>
      <location filename="../../src/casevault/gui/exchange_messages.py" line="204" />
      <source>Call-up date</source>
      <translation>Дата призыва</translation>
    </message>
    <message>
      <location filename="../../src/casevault/gui/exchange_messages.py" line="205" />
      <source>Proof of call-up</source>
      <translation>Подтверждение призыва</translation>
    </message>
    <message>
      <location filename="../../src/casevault/gui/exchange_messages.py" line="206" />
      <source>Country now</source>
      <translation>Страна сейчас</translation>
    </message>
    <message>
      <location filename="../../src/casevault/gui/exchange_messages.py" line="207" />
      <source>City</source>
      <translation>Город</translation>
    </message>
    <message>
      <location filename="../../src/casevault/gui/exchange_messages.py" line="208" />
      <source>Status</source>
      <translation>Статус</translation>
    </message>
    <message>
      <location filename="../../src/casevault/gui/exchange_messages.py" line="209" />
      <source>Risk</source>
      <translation>Риск</translation>
    </message>
    <message>
      <location filename="../../src/casevault/gui/exchange_messages.py" line="210" />
      <source>Contact channel</source>
      <translation>Канал связи</translation>
    </message>
    <message>
      <location filename="../../src/casevault/gui/exchange_messages.py" line="211" />
      <source>Languages</source>
      <translation>Языки</translation>
    </message>
    <message>
      <location filename="../../src/casevault/gui/exchange_messages.py" line="212" />
      <source>Caseworker</source>
      <translation>Куратор</translation>
    </message>
    <message>
      <location filename="../../src/casevault/gui/exchange_messages.py" line="213" />
      <source>Tags</source>
      <translation>Метки</translation>
    </message>
    <message>
      <location filename="../../src/casevault/gui/exchange_messages.py" line="214" />
      <source>Notes</source>
      <translation>Заметки</translation>
    </message>
    <message>
      <location filename="../../src/casevault/gui/exchange_messages.py" line="218" />
      <source>standard — everything except the contact channel and the caseworker</source>
      <translation>standard — всё, кроме канала связи и куратора</translation>
    </message>
    <message>
      <location filename="../../src/casevault/gui/exchange_messages.py" line="221" />
      <source>full — everything (your own laptops only)</source>
      <translation>full — всё (только для ваших ноутбуков)</translation>
    </message>
    <message>
      <location filename="../../src/casevault/gui/exchange_messages.py" line="222" />
      <source>minimal — who he is and where his case stands</source>
      <translation>minimal — кто он и на каком этапе его дело</translation>
    </message>
    <message>
      <location filename="../../src/casevault/gui/exchange_messages.py" line="254" />
      <source>Revoked</source>
      <translation>Отозван</translation>
    </message>
    <message>
      <location filename="../../src/casevault/gui/exchange_messages.py" line="256" />
      <source>Verified</source>
      <translation>Проверен</translation>
    </message>
    <message>
      <location filename="../../src/casevault/gui/exchange_messages.py" line="257" />
      <source>Not verified</source>
      <translation>Не проверен</translation>
    </message>
    <message>
      <location filename="../../src/casevault/gui/exchange_messages.py" line="43" />
      <source>its organisation id is not valid</source>
      <translation>в ней неверный номер организации</translation>
    </message>
    <message>
      <location filename="../../src/casevault/gui/exchange_messages.py" line="44" />
      <source>its organisation name is empty, too long, or has invisible or control characters</source>
      <translation>название организации в ней пустое, слишком длинное или содержит невидимые либо управляющие символы</translation>
    </message>
    <message>
      <location filename="../../src/casevault/gui/exchange_messages.py" line="48" />
      <source>the kind of organisation it names is not valid</source>
      <translation>в ней указан недопустимый вид организации</translation>
    </message>
    <message>
      <location filename="../../src/casevault/gui/exchange_messages.py" line="49" />
      <source>its country is not a two-letter country code</source>
      <translation>страна в ней указана не двухбуквенным кодом</translation>
    </message>
    <message>
      <location filename="../../src/casevault/gui/exchange_messages.py" line="50" />
      <source>its creation date is not valid</source>
      <translation>в ней неверная дата создания</translation>
    </message>
    <message>
      <location filename="../../src/casevault/gui/exchange_messages.py" line="136" />
      <source>This partner's keys changed on %1. Nothing was sent or imported. Call them, compare the new short code and confirm it (Partners and exchange → Confirm new keys…) before you trust the new keys.</source>
      <translation>Ключи этого партнёра сменились %1. Ничего не отправлено и не импортировано. Прежде чем доверять новым ключам, позвоните партнёру, сверьте новый короткий код и подтвердите его (Партнёры и обмен → Подтвердить новые ключи…).</translation>
    </message>
    <message>
      <location filename="../../src/casevault/gui/exchange_messages.py" line="142" />
      <source>None of your organisation's earlier keys has the fingerprint %1.</source>
      <translation>Среди прежних ключей вашей организации нет ключа с отпечатком %1.</translation>
    </message>
    <message>
      <location filename="../../src/casevault/gui/exchange_messages.py" line="210" />
      <source>No name in it can disguise text or point outside a folder.</source>
      <translation>Ни одно имя в нём не может замаскировать текст или указать за пределы папки.</translation>
    </message>
    <message>
      <location filename="../../src/casevault/gui/exchange_messages.py" line="276" />
      <source>Keys changed on %1: compare the new short code to confirm</source>
      <translation>Ключи сменились %1: для подтверждения сверьте новый короткий код</translation>
    </message>
    <message>
      <location filename="../../src/casevault/gui/identity_messages.py" line="22" />
      <source>it is empty</source>
      <translation>оно пустое</translation>
    </message>
    <message>
      <location filename="../../src/casevault/gui/identity_messages.py" line="23" />
      <source>it is too long</source>
      <translation>оно слишком длинное</translation>
    </message>
    <message>
      <location filename="../../src/casevault/gui/identity_messages.py" line="24" />
      <source>it contains control characters (such as line breaks or NUL)</source>
      <translation>в нём есть управляющие символы (например, переводы строк или NUL)</translation>
    </message>
    <message>
      <location filename="../../src/casevault/gui/identity_messages.py" line="27" />
      <source>it contains invisible characters that can hide or reorder text</source>
      <translation>в нём есть невидимые символы, которые могут скрыть текст или изменить порядок его частей</translation>
    </message>
    <message>
      <location filename="../../src/casevault/gui/identity_messages.py" line="30" />
      <source>it contains unusual space characters</source>
      <translation>в нём есть необычные символы пробела</translation>
    </message>
    <message>
      <location filename="../../src/casevault/gui/identity_messages.py" line="31" />
      <source>it contains characters that are not valid text</source>
      <translation>в нём есть символы, недопустимые в тексте</translation>
    </message>
    <message>
      <location filename="../../src/casevault/gui/identity_messages.py" line="32" />
      <source>it is a path to a folder or file, not a plain name</source>
      <translation>это путь к папке или файлу, а не просто имя</translation>
    </message>
    <message>
      <location filename="../../src/casevault/gui/identity_messages.py" line="33" />
      <source>it has characters or a form that file systems do not allow</source>
      <translation>в нём есть символы или оно имеет вид, которые не допускают файловые системы</translation>
    </message>
    <message>
      <location filename="../../src/casevault/gui/identity_messages.py" line="38" />
      <source>an evaluator's name</source>
      <translation>имя проверяющего</translation>
    </message>
    <message>
      <location filename="../../src/casevault/gui/identity_messages.py" line="39" />
      <source>an evaluator's role</source>
      <translation>описание роли проверяющего</translation>
    </message>
    <message>
      <location filename="../../src/casevault/gui/identity_messages.py" line="40" />
      <source>the organisation's name</source>
      <translation>название организации</translation>
    </message>
    <message>
      <location filename="../../src/casevault/gui/identity_messages.py" line="54" />
      <source>it is not safe to show</source>
      <translation>его небезопасно показывать</translation>
    </message>
    <message>
      <location filename="../../src/casevault/gui/identity_messages.py" line="61" />
      <source>An attachment of case %1 arrived with an unsafe file name (%2); it will be stored as “%3”.</source>
      <translation>Вложение дела %1 пришло с небезопасным именем файла (%2); оно будет сохранено как «%3».</translation>
    </message>
    <message>
      <location filename="../../src/casevault/gui/identity_messages.py" line="75" />
      <source>This bundle is signed correctly, but %1 in it cannot be shown safely: %2. Someone may be trying to disguise text. Nothing was imported; tell the sender.</source>
      <translation>Пакет подписан правильно, но %1 в нём нельзя безопасно показать: %2. Возможно, кто-то пытается замаскировать текст. Ничего не импортировано; сообщите отправителю.</translation>
    </message>
    <message>
      <location filename="../../src/casevault/gui/identity_messages.py" line="81" />
      <source>a name</source>
      <translation>одно из имён</translation>
    </message>
    <message>
      <location filename="../../src/casevault/gui/identity_messages.py" line="89" />
      <source>This name cannot be used: %1.</source>
      <translation>Это имя нельзя использовать: %1.</translation>
    </message>
    <message>
      <location filename="../../src/casevault/gui/identity_messages.py" line="92" />
      <source>The code you typed is not the one the new laptop shows. Nothing was sealed or written. Enrolment is done in person: with both laptops side by side, make a new join request on the new laptop and type the code it shows.</source>
      <translation>Введённый код не совпадает с кодом, который показывает новый ноутбук. Ничего не зашифровано и не записано. Подключение проводится только лично: поставьте оба ноутбука рядом, создайте на новом ноутбуке новый запрос на присоединение и введите код, который он покажет.</translation>
    </message>
      <message>
        <source>This card carries keys that were revoked: whoever sent it may hold a stolen key. Ask the organisation, by phone or in person, for a card with new keys.</source>
        <translation>В этой карточке ключи, которые были отозваны: у того, кто её прислал, может быть украденный ключ. Попросите организацию по телефону или при встрече прислать карточку с новыми ключами.</translation>
    </message>
    <message>
        <source>An identifier is not valid (letters, digits and . _ : - only). Nothing was written.</source>
        <translation>Недопустимый идентификатор (можно только латинские буквы, цифры и . _ : -). Ничего не записано.</translation>
    </message>
    <message>
        <source>A record could not be put into the bundle. Nothing was written.</source>
        <translation>Запись не удалось поместить в пакет. Ничего не записано.</translation>
    </message>
    <message>
        <source>This bundle was already finished. Start the export again.</source>
        <translation>Этот пакет уже завершён. Начните экспорт заново.</translation>
    </message>
    <message>
        <source>The same partner was chosen twice. Choose each partner once.</source>
        <translation>Один и тот же партнёр выбран дважды. Выберите каждого партнёра только один раз.</translation>
    </message>
    <message>
        <source>The bundle or card could not be used. Nothing was imported or sent.</source>
        <translation>Пакет или карточку организации не удалось использовать. Ничего не импортировано и не отправлено.</translation>
    </message>
    <message>
        <source>Only a new, empty vault can join an organisation. This one already holds records.</source>
        <translation>Присоединиться к организации может только новое, пустое хранилище. В этом уже есть записи.</translation>
    </message>
    <message>
        <source>There is no key change to announce.</source>
        <translation>Нет смены ключей, о которой нужно сообщить.</translation>
    </message>
    <message>
        <source>This bundle was signed on a laptop that its organisation has removed (for example because it was seized). Nothing was imported. Bundles from that laptop are refused whatever date they carry; ask for anything you still need to be sent again from another laptop.</source>
        <translation>Этот пакет подписан на ноутбуке, который его организация исключила (например, потому что его изъяли). Ничего не импортировано. Пакеты с этого ноутбука отклоняются, какая бы дата на них ни стояла; попросите, чтобы всё, что вам ещё нужно, прислали заново с другого ноутбука.</translation>
    </message>
    <message>
        <source>This bundle was signed on a laptop whose certificate from its organisation is forged or damaged. Nothing was imported. Call the sender before doing anything else.</source>
        <translation>Этот пакет подписан на ноутбуке, чей сертификат от его организации подделан или повреждён. Ничего не импортировано. Прежде чем что-либо делать, позвоните отправителю.</translation>
    </message>
    <message>
        <source>This laptop's own keys are not yet certified by your organisation's current keys, so it cannot do without the organisation's keys. Nothing was changed.</source>
        <translation>Собственные ключи этого ноутбука ещё не заверены текущими ключами вашей организации, поэтому он не может обойтись без ключей организации. Ничего не изменено.</translation>
    </message>
    <message>
        <source>Your organisation's keys are not kept on this laptop. Do this on a laptop that keeps them (see the guide on laptops and keys).</source>
        <translation>Ключи вашей организации не хранятся на этом ноутбуке. Сделайте это на ноутбуке, где они хранятся (см. руководство о ноутбуках и ключах).</translation>
    </message>
    <message>
        <source>automatic import is off for this sender, so every bundle waits</source>
        <translation>для этого отправителя автоматический импорт выключен, поэтому каждый пакет ждёт</translation>
    </message>
    <message>
        <source>it brings edits that conflict with yours</source>
        <translation>в нём есть правки, которые противоречат вашим</translation>
    </message>
    <message>
        <source>it brings a case that may be a man you already have</source>
        <translation>в нём есть дело, возможно, того же человека, что уже есть у вас</translation>
    </message>
    <message>
        <source>part of it may not be applied (changes the sender may not make here)</source>
        <translation>часть его нельзя применить (изменения, которые отправитель не вправе здесь делать)</translation>
    </message>
    <message>
        <source>the sender asks you to erase cases</source>
        <translation>отправитель просит вас стереть дела</translation>
    </message>
    <message>
        <source>the sender announces a change of its keys</source>
        <translation>отправитель сообщает о смене своих ключей</translation>
    </message>
    <message>
        <source>not a CaseVault bundle</source>
        <translation>это не пакет CaseVault</translation>
    </message>
    <message>
        <source>changed, cut short or damaged after it was made</source>
        <translation>изменён, обрезан или повреждён после создания</translation>
    </message>
    <message>
        <source>not made for your organisation</source>
        <translation>создан не для вашей организации</translation>
    </message>
    <message>
        <source>signed by no partner you know (or by keys you do not hold for it)</source>
        <translation>подписан неизвестным вам партнёром (или ключами, которых у вас для него нет)</translation>
    </message>
    <message>
        <source>its sender is not verified, or its keys were revoked</source>
        <translation>его отправитель не подтверждён или его ключи отозваны</translation>
    </message>
    <message>
        <source>made on a laptop removed from your organisation</source>
        <translation>создан на ноутбуке, исключённом из вашей организации</translation>
    </message>
    <message>
        <source>made on this laptop: the outbox and inbox folders are crossed</source>
        <translation>создан на этом же ноутбуке: папки исходящих и входящих перепутаны</translation>
    </message>
    <message>
        <source>authentic, but from another sender than the one this folder is for</source>
        <translation>подлинный, но от другого отправителя, не того, для которого эта папка</translation>
    </message>
    <message>
        <source>its content breaks the rules of the bundle format</source>
        <translation>его содержимое нарушает правила формата пакета</translation>
    </message>
    <message>
        <source>rejected by a person</source>
        <translation>отклонён человеком</translation>
    </message>
    <message>
        <source>not accepted; import it by hand to see why</source>
        <translation>не принят; импортируйте его вручную, чтобы узнать почему</translation>
    </message>
    <message>
        <source>The folder %1 does not exist (is the USB stick or shared drive connected?).</source>
        <translation>Папка %1 не существует (подключены ли флешка или общий диск?).</translation>
    </message>
    <message>
        <source>%1 is a file, not a folder.</source>
        <translation>%1 — это файл, а не папка.</translation>
    </message>
    <message>
        <source>The outbox and the inbox must be two different folders (%1): otherwise CaseVault would pick up its own bundles.</source>
        <translation>Папка исходящих и папка входящих должны быть разными (%1): иначе CaseVault будет забирать собственные пакеты.</translation>
    </message>
    <message>
        <source>No outbox folder is set for this partner: set one in Transport folders.</source>
        <translation>Для этого партнёра не задана папка исходящих: задайте её в «Папках обмена».</translation>
    </message>
    <message>
        <source>No inbox folder is set for this partner: set one in Transport folders.</source>
        <translation>Для этого партнёра не задана папка входящих: задайте её в «Папках обмена».</translation>
    </message>
    <message>
        <source>This bundle no longer waits (it was imported, rejected or moved). The list is updated.</source>
        <translation>Этот пакет больше не ждёт (его импортировали, отклонили или переместили). Список обновлён.</translation>
    </message>
    <message>
        <source>%1; %2</source>
        <translation>%1; %2</translation>
    </message>
    <message>
        <source>Standard</source>
        <translation>Стандартный</translation>
    </message>
    <message>
        <source>Full</source>
        <translation>Полный</translation>
    </message>
    <message>
        <source>Minimal</source>
        <translation>Минимальный</translation>
    </message>
    <message numerus="yes">
        <source>%n case(s) have no consent for this partner. Record his consent, or give a written reason to export anyway.</source>
        <translation>
            <numerusform>У %n дела нет согласия для этого партнёра. Запишите согласие человека или укажите письменную причину, чтобы всё равно выгрузить.</numerusform>
            <numerusform>У %n дел нет согласия для этого партнёра. Запишите согласие или укажите письменную причину, чтобы всё равно выгрузить.</numerusform>
            <numerusform>У %n дел нет согласия для этого партнёра. Запишите согласие или укажите письменную причину, чтобы всё равно выгрузить.</numerusform>
        </translation>
    </message>
</context>
  <context>
    <name>PartnersPage</name>
    <message>
      <location filename="../../src/casevault/gui/export_wizard.py" line="66" />
      <source>Who receives the bundle?</source>
      <translation>Кто получит пакет?</translation>
    </message>
    <message>
      <location filename="../../src/casevault/gui/export_wizard.py" line="67" />
      <source>Only partners you verified can be chosen.</source>
      <translation>Выбрать можно только проверенных партнёров.</translation>
    </message>
    <message>
      <location filename="../../src/casevault/gui/export_wizard.py" line="69" />
      <source>Recipients</source>
      <translation>Получатели</translation>
    </message>
  </context>
  <context>
    <name>PartnersView</name>
    <message>
      <location filename="../../src/casevault/gui/partners_view.py" line="62" />
      <source>Partners</source>
      <translation>Партнёры</translation>
    </message>
    <message>
      <location filename="../../src/casevault/gui/partners_view.py" line="64" />
      <source>Your organisation's identity card</source>
      <translation>Визитная карточка вашей организации</translation>
    </message>
    <message>
      <location filename="../../src/casevault/gui/partners_view.py" line="67" />
      <source>Send this card to a partner (it holds only public keys), then compare the short code with them by phone or in person.</source>
      <translation>Отправьте эту карточку партнёру (в ней только открытые ключи), затем сверьте с ним короткий код по телефону или при встрече.</translation>
    </message>
    <message>
      <location filename="../../src/casevault/gui/partners_view.py" line="73" />
      <source>&amp;Save card to a file…</source>
      <translation>&amp;Сохранить карточку в файл…</translation>
    </message>
    <message>
      <location filename="../../src/casevault/gui/partners_view.py" line="74" />
      <source>Save your identity card to a file</source>
      <translation>Сохранить визитную карточку в файл</translation>
    </message>
    <message>
      <location filename="../../src/casevault/gui/partners_view.py" line="75" />
      <source>&amp;Copy card as text</source>
      <translation>&amp;Копировать карточку как текст</translation>
    </message>
    <message>
      <location filename="../../src/casevault/gui/partners_view.py" line="76" />
      <source>Copy your identity card as text</source>
      <translation>Копировать визитную карточку как текст</translation>
    </message>
    <message>
      <location filename="../../src/casevault/gui/partners_view.py" line="79" />
      <source>The clipboard is cleared after a minute unless you have copied something else since.</source>
      <translation>Буфер обмена очистится через минуту, если вы за это время не скопируете что-то другое.</translation>
    </message>
    <message>
      <location filename="../../src/casevault/gui/partners_view.py" line="92" />
      <source>Partner list</source>
      <translation>Список партнёров</translation>
    </message>
    <message>
      <location filename="../../src/casevault/gui/partners_view.py" line="95" />
      <source>Partner</source>
      <translation>Партнёр</translation>
    </message>
    <message>
      <location filename="../../src/casevault/gui/partners_view.py" line="96" />
      <source>Country</source>
      <translation>Страна</translation>
    </message>
    <message>
      <location filename="../../src/casevault/gui/partners_view.py" line="97" />
      <source>State</source>
      <translation>Состояние</translation>
    </message>
    <message>
      <location filename="../../src/casevault/gui/partners_view.py" line="98" />
      <source>Profile</source>
      <translation>Профиль</translation>
    </message>
    <message>
      <location filename="../../src/casevault/gui/partners_view.py" line="99" />
      <source>Fingerprint</source>
      <translation>Отпечаток</translation>
    </message>
    <message>
      <location filename="../../src/casevault/gui/partners_view.py" line="111" />
      <source>Add from a &amp;file…</source>
      <translation>Добавить из &amp;файла…</translation>
    </message>
    <message>
      <location filename="../../src/casevault/gui/partners_view.py" line="112" />
      <source>Add a partner from a card file</source>
      <translation>Добавить партнёра из файла карточки</translation>
    </message>
    <message>
      <location filename="../../src/casevault/gui/partners_view.py" line="113" />
      <source>Add from &amp;text…</source>
      <translation>Добавить из &amp;текста…</translation>
    </message>
    <message>
      <location filename="../../src/casevault/gui/partners_view.py" line="114" />
      <source>Add a partner from pasted text</source>
      <translation>Добавить партнёра из вставленного текста</translation>
    </message>
    <message>
      <location filename="../../src/casevault/gui/partners_view.py" line="115" />
      <source>&amp;Verify…</source>
      <translation>&amp;Проверить…</translation>
    </message>
    <message>
      <location filename="../../src/casevault/gui/partners_view.py" line="116" />
      <source>Verify the selected partner</source>
      <translation>Проверить выбранного партнёра</translation>
    </message>
    <message>
      <location filename="../../src/casevault/gui/partners_view.py" line="117" />
      <source>&amp;Revoke…</source>
      <translation>&amp;Отозвать…</translation>
    </message>
    <message>
      <location filename="../../src/casevault/gui/partners_view.py" line="118" />
      <source>Revoke the selected partner</source>
      <translation>Отозвать выбранного партнёра</translation>
    </message>
    <message>
      <location filename="../../src/casevault/gui/partners_view.py" line="121" />
      <source>Redaction profile of the selected partner</source>
      <translation>Профиль скрытия выбранного партнёра</translation>
    </message>
    <message>
      <location filename="../../src/casevault/gui/partners_view.py" line="124" />
      <source>What stays home under this profile</source>
      <translation>Что остаётся у вас при этом профиле</translation>
    </message>
    <message>
      <location filename="../../src/casevault/gui/partners_view.py" line="126" />
      <source>Redaction &amp;profile:</source>
      <translation>&amp;Профиль скрытия:</translation>
    </message>
    <message>
      <location filename="../../src/casevault/gui/partners_view.py" line="134" />
      <source>Partner status message</source>
      <translation>Сообщение о партнёре</translation>
    </message>
    <message>
      <location filename="../../src/casevault/gui/partners_view.py" line="222" />
      <source>Select a partner to see what it receives.</source>
      <translation>Выберите партнёра, чтобы увидеть, что он получает.</translation>
    </message>
    <message>
      <location filename="../../src/casevault/gui/partners_view.py" line="231" />
      <source>Never sent to this partner: %1</source>
      <translation>Этому партнёру никогда не отправляется: %1</translation>
    </message>
    <message>
      <location filename="../../src/casevault/gui/partners_view.py" line="232" />
      <source>nothing</source>
      <translation>ничего</translation>
    </message>
    <message>
      <location filename="../../src/casevault/gui/partners_view.py" line="247" />
      <source>%1 now receives cases under the profile “%2”.</source>
      <translation>%1 теперь получает дела по профилю «%2».</translation>
    </message>
    <message>
      <location filename="../../src/casevault/gui/partners_view.py" line="256" />
      <source>CaseVault identity cards (*.card);;All files (*)</source>
      <translation>Визитные карточки CaseVault (*.card);;Все файлы (*)</translation>
    </message>
    <message>
      <location filename="../../src/casevault/gui/partners_view.py" line="265" />
      <source>Save your identity card</source>
      <translation>Сохранить визитную карточку</translation>
    </message>
    <message>
      <location filename="../../src/casevault/gui/partners_view.py" line="273" />
      <source>Could not write the card to this place.</source>
      <translation>Не удалось записать карточку в это место.</translation>
    </message>
    <message>
      <location filename="../../src/casevault/gui/partners_view.py" line="279" />
      <source>Card saved. Your fingerprint: %1</source>
      <translation>Карточка сохранена. Ваш отпечаток: %1</translation>
    </message>
    <message>
      <location filename="../../src/casevault/gui/partners_view.py" line="292" />
      <source>Card copied. Paste it into a message to the partner within a minute.</source>
      <translation>Карточка скопирована. Вставьте её в сообщение партнёру в течение минуты.</translation>
    </message>
    <message>
      <location filename="../../src/casevault/gui/partners_view.py" line="299" />
      <source>Open a partner's identity card</source>
      <translation>Открыть визитную карточку партнёра</translation>
    </message>
    <message>
      <location filename="../../src/casevault/gui/partners_view.py" line="306" />
      <source>Could not read this file.</source>
      <translation>Не удалось прочитать этот файл.</translation>
    </message>
    <message>
      <location filename="../../src/casevault/gui/partners_view.py" line="326" />
      <source>%1 was added. It is not verified yet: compare the code with them now.</source>
      <translation>%1 добавлен. Он ещё не проверен: сверьте с ним код сейчас.</translation>
    </message>
    <message>
      <location filename="../../src/casevault/gui/partners_view.py" line="353" />
      <source>%1 is verified. You can now exchange bundles with them.</source>
      <translation>%1 проверен. Теперь вы можете обмениваться с ним пакетами.</translation>
    </message>
    <message>
      <location filename="../../src/casevault/gui/partners_view.py" line="367" />
      <source>Revoke partner</source>
      <translation>Отозвать партнёра</translation>
    </message>
    <message>
      <location filename="../../src/casevault/gui/partners_view.py" line="369" />
      <source>Stop accepting anything signed by %1's current keys? Do this if their laptop or keys were lost or seized. They will need to send a new card.</source>
      <translation>Перестать принимать всё, что подписано текущими ключами партнёра %1? Сделайте это, если его ноутбук или ключи потеряны или изъяты. Ему нужно будет прислать новую карточку.</translation>
    </message>
    <message>
      <location filename="../../src/casevault/gui/partners_view.py" line="382" />
      <source>%1 is revoked.</source>
      <translation>%1 отозван.</translation>
    </message>
    <message>
      <location filename="../../src/casevault/gui/partners_view.py" line="220" />
      <source>&amp;Confirm new keys…</source>
      <translation>Подтвердить &amp;новые ключи…</translation>
    </message>
    <message>
      <location filename="../../src/casevault/gui/partners_view.py" line="222" />
      <source>Compare the new short code of the selected partner</source>
      <translation>Сверить новый короткий код выбранного партнёра</translation>
    </message>
      <message>
        <source>&amp;Transport folders…</source>
        <translation>Папки о&amp;бмена…</translation>
    </message>
    <message>
        <source>Outbox and inbox folders of the selected partner</source>
        <translation>Папки исходящих и входящих выбранного партнёра</translation>
    </message>
    <message>
        <source>Key &amp;history…</source>
        <translation>&amp;История ключей…</translation>
    </message>
    <message>
        <source>Key history of the selected partner</source>
        <translation>История ключей выбранного партнёра</translation>
    </message>
</context>
  <context>
    <name>PreviewPage</name>
    <message>
      <location filename="../../src/casevault/gui/export_wizard.py" line="170" />
      <source>What leaves your vault</source>
      <translation>Что покинет ваше хранилище</translation>
    </message>
    <message>
      <location filename="../../src/casevault/gui/export_wizard.py" line="173" />
      <source>Export summary</source>
      <translation>Сводка экспорта</translation>
    </message>
    <message>
      <location filename="../../src/casevault/gui/export_wizard.py" line="175" />
      <source>Fields leaving, per case</source>
      <translation>Передаваемые поля по делам</translation>
    </message>
    <message>
      <location filename="../../src/casevault/gui/export_wizard.py" line="176" />
      <source>Case</source>
      <translation>Дело</translation>
    </message>
    <message>
      <location filename="../../src/casevault/gui/export_wizard.py" line="176" />
      <source>Leaves</source>
      <translation>Передаётся</translation>
    </message>
    <message>
      <location filename="../../src/casevault/gui/export_wizard.py" line="176" />
      <source>Stays home</source>
      <translation>Остаётся у вас</translation>
    </message>
    <message>
      <location filename="../../src/casevault/gui/export_wizard.py" line="183" />
      <source>Consent warning</source>
      <translation>Предупреждение о согласии</translation>
    </message>
    <message>
      <location filename="../../src/casevault/gui/export_wizard.py" line="185" />
      <source>&amp;Send anyway, without his recorded consent (the reason is audited)</source>
      <translation>&amp;Всё равно отправить без записанного согласия (причина попадёт в журнал аудита)</translation>
    </message>
    <message>
      <location filename="../../src/casevault/gui/export_wizard.py" line="187" />
      <source>Send without recorded consent</source>
      <translation>Отправить без записанного согласия</translation>
    </message>
    <message>
      <location filename="../../src/casevault/gui/export_wizard.py" line="189" />
      <source>Reason for sending without consent</source>
      <translation>Причина отправки без согласия</translation>
    </message>
    <message>
      <location filename="../../src/casevault/gui/export_wizard.py" line="190" />
      <source>Why must this go without his consent?</source>
      <translation>Почему это нужно отправить без его согласия?</translation>
    </message>
    <message>
      <location filename="../../src/casevault/gui/export_wizard.py" line="224" />
      <source>To: %1 (redaction profile: %2). %3 case(s). Never leaves under this profile: %4.</source>
      <translation>Кому: %1 (профиль скрытия: %2). Дел: %3. При этом профиле никогда не передаётся: %4.</translation>
    </message>
    <message>
      <location filename="../../src/casevault/gui/export_wizard.py" line="229" />
      <source>nothing</source>
      <translation>ничего</translation>
    </message>
    <message>
      <location filename="../../src/casevault/gui/export_wizard.py" line="244" />
      <source>No consent recorded for %1</source>
      <translation>Нет записанного согласия для %1</translation>
    </message>
    <message>
      <location filename="../../src/casevault/gui/export_wizard.py" line="256" />
      <source>In %1 case(s) the man has not consented to his file going to these partners. Go back and leave those cases out, or send anyway with a written reason.</source>
      <translation>Дел, где человек не давал согласия на передачу своих данных этим партнёрам: %1. Вернитесь и исключите эти дела или отправьте всё же, указав причину письменно.</translation>
    </message>
    <message>
      <location filename="../../src/casevault/gui/import_wizard.py" line="189" />
      <source>What the import would change</source>
      <translation>Что изменит импорт</translation>
    </message>
    <message>
      <location filename="../../src/casevault/gui/import_wizard.py" line="192" />
      <source>Import summary</source>
      <translation>Сводка импорта</translation>
    </message>
    <message>
      <location filename="../../src/casevault/gui/import_wizard.py" line="194" />
      <source>Changes, per case</source>
      <translation>Изменения по делам</translation>
    </message>
    <message>
      <location filename="../../src/casevault/gui/import_wizard.py" line="195" />
      <source>Case or field</source>
      <translation>Дело или поле</translation>
    </message>
    <message>
      <location filename="../../src/casevault/gui/import_wizard.py" line="195" />
      <source>Now</source>
      <translation>Сейчас</translation>
    </message>
    <message>
      <location filename="../../src/casevault/gui/import_wizard.py" line="195" />
      <source>After</source>
      <translation>После</translation>
    </message>
    <message>
      <location filename="../../src/casevault/gui/import_wizard.py" line="202" />
      <source>&amp;Apply</source>
      <translation>&amp;Применить</translation>
    </message>
    <message>
      <location filename="../../src/casevault/gui/import_wizard.py" line="215" />
      <source>From %1: %2 new case(s), %3 changed case(s), %4 field(s) in conflict, %5 new timeline event(s), %6 new screening(s), %7 deletion(s), %8 attachment(s).</source>
      <translation>От %1: новых дел — %2, изменённых дел — %3, полей в конфликте — %4, новых событий — %5, новых оценок — %6, удалений — %7, вложений — %8.</translation>
    </message>
    <message>
      <location filename="../../src/casevault/gui/import_wizard.py" line="228" />
      <source>New cases</source>
      <translation>Новые дела</translation>
    </message>
    <message>
      <location filename="../../src/casevault/gui/import_wizard.py" line="232" />
      <source>Possibly the same man as %1</source>
      <translation>Возможно, тот же человек, что и %1</translation>
    </message>
    <message>
      <location filename="../../src/casevault/gui/import_wizard.py" line="240" />
      <source>Changed cases</source>
      <translation>Изменённые дела</translation>
    </message>
    <message>
      <location filename="../../src/casevault/gui/import_wizard.py" line="246" />
      <source>%1 (conflict: both values kept)</source>
      <translation>%1 (конфликт: сохранены оба значения)</translation>
    </message>
    <message>
      <location filename="../../src/casevault/gui/import_wizard.py" line="237" />
      <source>File names made safe</source>
      <translation>Небезопасные имена файлов заменены</translation>
    </message>
    <message>
      <location filename="../../src/casevault/gui/import_wizard.py" line="272" />
      <source>Evaluations not counted</source>
      <translation>Оценки, которые не учитываются</translation>
    </message>
      <message>
        <source>New since the last exchange</source>
        <translation>Новое с последнего обмена</translation>
    </message>
    <message>
        <source>Send &amp;every case again, not only what changed</source>
        <translation>Заново отправить вс&amp;е дела, а не только изменившиеся</translation>
    </message>
    <message>
        <source>Send every case again</source>
        <translation>Заново отправить все дела</translation>
    </message>
    <message>
        <source>New since your last exchange (acknowledged on %1): %2 case(s) changed, of them %3 new. %4 unchanged case(s) are not sent again.</source>
        <translation>Новое с последнего обмена (получение подтверждено %1): изменённых дел: %2, из них новых: %3. Неизменённые дела повторно не отправляются (дел: %4).</translation>
    </message>
    <message>
        <source>From %1:</source>
        <translation>От %1:</translation>
    </message>
    <message numerus="yes">
        <source>To: %1 (redaction profile: %2). %n case(s). Never leaves under this profile: %3.</source>
        <translation>
            <numerusform>Кому: %1 (профиль скрытия: %2). %n дело. При этом профиле никогда не передаётся: %3.</numerusform>
            <numerusform>Кому: %1 (профиль скрытия: %2). %n дела. При этом профиле никогда не передаётся: %3.</numerusform>
            <numerusform>Кому: %1 (профиль скрытия: %2). %n дел. При этом профиле никогда не передаётся: %3.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>New since your last exchange (acknowledged on %1): %n case(s) changed.</source>
        <translation>
            <numerusform>Новое с последнего обмена (подтверждён %1): изменено %n дело.</numerusform>
            <numerusform>Новое с последнего обмена (подтверждён %1): изменено %n дела.</numerusform>
            <numerusform>Новое с последнего обмена (подтверждён %1): изменено %n дел.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Of them, %n new.</source>
        <translation>
            <numerusform>Из них новых: %n.</numerusform>
            <numerusform>Из них новых: %n.</numerusform>
            <numerusform>Из них новых: %n.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n unchanged case(s) are not sent again.</source>
        <translation>
            <numerusform>%n неизменённое дело не отправляется повторно.</numerusform>
            <numerusform>%n неизменённых дела не отправляются повторно.</numerusform>
            <numerusform>%n неизменённых дел не отправляются повторно.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>In %n case(s) the man has not consented to his file going to these partners. Go back and leave those cases out, or send anyway with a written reason.</source>
        <translation>
            <numerusform>В %n деле человек не давал согласия на передачу его дела этим партнёрам. Вернитесь и исключите такие дела или всё равно отправьте, указав письменную причину.</numerusform>
            <numerusform>В %n делах человек не давал согласия на передачу его дела этим партнёрам. Вернитесь и исключите такие дела или всё равно отправьте, указав письменную причину.</numerusform>
            <numerusform>В %n делах человек не давал согласия на передачу его дела этим партнёрам. Вернитесь и исключите такие дела или всё равно отправьте, указав письменную причину.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n new case(s)</source>
        <translation>
            <numerusform>%n новое дело</numerusform>
            <numerusform>%n новых дела</numerusform>
            <numerusform>%n новых дел</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n changed case(s)</source>
        <translation>
            <numerusform>%n изменённое дело</numerusform>
            <numerusform>%n изменённых дела</numerusform>
            <numerusform>%n изменённых дел</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n field(s) in conflict</source>
        <translation>
            <numerusform>%n поле в конфликте</numerusform>
            <numerusform>%n поля в конфликте</numerusform>
            <numerusform>%n полей в конфликте</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n new timeline event(s)</source>
        <translation>
            <numerusform>%n новое событие хронологии</numerusform>
            <numerusform>%n новых события хронологии</numerusform>
            <numerusform>%n новых событий хронологии</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n new screening(s)</source>
        <translation>
            <numerusform>%n новая оценка</numerusform>
            <numerusform>%n новые оценки</numerusform>
            <numerusform>%n новых оценок</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n deletion(s)</source>
        <translation>
            <numerusform>%n удаление</numerusform>
            <numerusform>%n удаления</numerusform>
            <numerusform>%n удалений</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n attachment(s)</source>
        <translation>
            <numerusform>%n вложение</numerusform>
            <numerusform>%n вложения</numerusform>
            <numerusform>%n вложений</numerusform>
        </translation>
    </message>
</context>
  <context>
    <name>ProgressPage</name>
    <message>
      <location filename="../../src/casevault/gui/export_wizard.py" line="347" />
      <source>Exporting</source>
      <translation>Экспорт</translation>
    </message>
    <message>
      <location filename="../../src/casevault/gui/export_wizard.py" line="349" />
      <source>Export progress</source>
      <translation>Ход экспорта</translation>
    </message>
    <message>
      <location filename="../../src/casevault/gui/export_wizard.py" line="350" />
      <source>&amp;Cancel export</source>
      <translation>&amp;Отменить экспорт</translation>
    </message>
    <message>
      <location filename="../../src/casevault/gui/export_wizard.py" line="351" />
      <source>Cancel export</source>
      <translation>Отменить экспорт</translation>
    </message>
    <message>
      <location filename="../../src/casevault/gui/export_wizard.py" line="354" />
      <source>Export result</source>
      <translation>Итог экспорта</translation>
    </message>
    <message>
      <location filename="../../src/casevault/gui/export_wizard.py" line="357" />
      <source>Bundle as text</source>
      <translation>Пакет в виде текста</translation>
    </message>
    <message>
      <location filename="../../src/casevault/gui/export_wizard.py" line="358" />
      <source>C&amp;opy text</source>
      <translation>&amp;Копировать текст</translation>
    </message>
    <message>
      <location filename="../../src/casevault/gui/export_wizard.py" line="359" />
      <source>Copy the bundle text</source>
      <translation>Копировать текст пакета</translation>
    </message>
    <message>
      <location filename="../../src/casevault/gui/export_wizard.py" line="376" />
      <source>Writing the bundle…</source>
      <translation>Запись пакета…</translation>
    </message>
    <message>
      <location filename="../../src/casevault/gui/export_wizard.py" line="398" />
      <source>Cancelling…</source>
      <translation>Отмена…</translation>
    </message>
    <message>
      <location filename="../../src/casevault/gui/export_wizard.py" line="411" />
      <source>Done: %1 case(s) exported.</source>
      <translation>Готово: экспортировано дел — %1.</translation>
    </message>
    <message>
      <location filename="../../src/casevault/gui/export_wizard.py" line="413" />
      <source>Saved as %1.</source>
      <translation>Сохранено как %1.</translation>
    </message>
    <message>
      <location filename="../../src/casevault/gui/export_wizard.py" line="415" />
      <source>Copy the text below into your message.</source>
      <translation>Скопируйте текст ниже в своё сообщение.</translation>
    </message>
    <message>
      <location filename="../../src/casevault/gui/export_wizard.py" line="433" />
      <source>Export cancelled. Nothing was saved.</source>
      <translation>Экспорт отменён. Ничего не сохранено.</translation>
    </message>
    <message>
      <location filename="../../src/casevault/gui/export_wizard.py" line="435" />
      <source>No bundle file was left behind.</source>
      <translation>Файл пакета не остался на диске.</translation>
    </message>
      <message numerus="yes">
        <source>Done: %n case(s) exported.</source>
        <translation>
            <numerusform>Готово: выгружено %n дело.</numerusform>
            <numerusform>Готово: выгружено %n дела.</numerusform>
            <numerusform>Готово: выгружено %n дел.</numerusform>
        </translation>
    </message>
</context>
  <context>
    <name>SourcePage</name>
    <message>
      <location filename="../../src/casevault/gui/import_wizard.py" line="57" />
      <source>Which bundle?</source>
      <translation>Какой пакет?</translation>
    </message>
    <message>
      <location filename="../../src/casevault/gui/import_wizard.py" line="58" />
      <source>Nothing is imported before you have seen what it contains.</source>
      <translation>Ничего не импортируется, пока вы не увидите, что в пакете.</translation>
    </message>
    <message>
      <location filename="../../src/casevault/gui/import_wizard.py" line="59" />
      <source>A bundle &amp;file</source>
      <translation>&amp;Файл пакета</translation>
    </message>
    <message>
      <location filename="../../src/casevault/gui/import_wizard.py" line="60" />
      <source>A bundle file</source>
      <translation>Файл пакета</translation>
    </message>
    <message>
      <location filename="../../src/casevault/gui/import_wizard.py" line="61" />
      <source>Bundle &amp;text pasted from a message</source>
      <translation>&amp;Текст пакета, вставленный из сообщения</translation>
    </message>
    <message>
      <location filename="../../src/casevault/gui/import_wizard.py" line="62" />
      <source>Pasted bundle text</source>
      <translation>Вставленный текст пакета</translation>
    </message>
    <message>
      <location filename="../../src/casevault/gui/import_wizard.py" line="68" />
      <source>Bundle file name</source>
      <translation>Имя файла пакета</translation>
    </message>
    <message>
      <location filename="../../src/casevault/gui/import_wizard.py" line="69" />
      <source>&amp;Browse…</source>
      <translation>&amp;Обзор…</translation>
    </message>
    <message>
      <location filename="../../src/casevault/gui/import_wizard.py" line="70" />
      <source>Choose a bundle file</source>
      <translation>Выбрать файл пакета</translation>
    </message>
    <message>
      <location filename="../../src/casevault/gui/import_wizard.py" line="72" />
      <source>Bundle text</source>
      <translation>Текст пакета</translation>
    </message>
    <message>
      <location filename="../../src/casevault/gui/import_wizard.py" line="91" />
      <source>Open a bundle</source>
      <translation>Открыть пакет</translation>
    </message>
    <message>
      <location filename="../../src/casevault/gui/import_wizard.py" line="91" />
      <source>CaseVault bundles (*.cvb);;All files (*)</source>
      <translation>Пакеты CaseVault (*.cvb);;Все файлы (*)</translation>
    </message>
  </context>
  <context>
    <name>VerifyPartnerDialog</name>
    <message>
      <location filename="../../src/casevault/gui/partner_dialog.py" line="115" />
      <source>Verify %1</source>
      <translation>Проверка: %1</translation>
    </message>
    <message>
      <location filename="../../src/casevault/gui/partner_dialog.py" line="116" />
      <source>Verify partner</source>
      <translation>Проверка партнёра</translation>
    </message>
    <message>
      <location filename="../../src/casevault/gui/partner_dialog.py" line="119" />
      <source>Call %1 (or meet in person) and ask them to read the code their CaseVault shows for your organisation. Type what they read below. Do not read yours out first: if someone swapped a card on its way, the codes differ.</source>
      <translation>Позвоните в %1 (или встретьтесь лично) и попросите прочитать код, который их CaseVault показывает для вашей организации. Введите услышанное ниже. Не зачитывайте свой код первыми: если карточку подменили в пути, коды будут разными.</translation>
    </message>
    <message>
      <location filename="../../src/casevault/gui/partner_dialog.py" line="134" />
      <source>Short authentication code</source>
      <translation>Короткий код проверки</translation>
    </message>
    <message>
      <location filename="../../src/casevault/gui/partner_dialog.py" line="142" />
      <source>Partner's key fingerprint</source>
      <translation>Отпечаток ключей партнёра</translation>
    </message>
    <message>
      <location filename="../../src/casevault/gui/partner_dialog.py" line="146" />
      <source>QR code of the partner's fingerprint</source>
      <translation>QR-код отпечатка партнёра</translation>
    </message>
    <message>
      <location filename="../../src/casevault/gui/partner_dialog.py" line="148" />
      <source>The partner can scan this and compare it with their own fingerprint.</source>
      <translation>Партнёр может отсканировать его и сравнить со своим отпечатком.</translation>
    </message>
    <message>
      <location filename="../../src/casevault/gui/partner_dialog.py" line="152" />
      <source>Code the partner reads</source>
      <translation>Код, который читает партнёр</translation>
    </message>
    <message>
      <location filename="../../src/casevault/gui/partner_dialog.py" line="162" />
      <source>e.g. 04129 98310 …</source>
      <translation>например, 04129 98310 …</translation>
    </message>
    <message>
      <location filename="../../src/casevault/gui/partner_dialog.py" line="157" />
      <source>Verification result</source>
      <translation>Результат проверки</translation>
    </message>
    <message>
      <location filename="../../src/casevault/gui/partner_dialog.py" line="160" />
      <source>Code:</source>
      <translation>Код:</translation>
    </message>
    <message>
      <location filename="../../src/casevault/gui/partner_dialog.py" line="161" />
      <source>Fingerprint:</source>
      <translation>Отпечаток:</translation>
    </message>
    <message>
      <location filename="../../src/casevault/gui/partner_dialog.py" line="162" />
      <source>The partner &amp;reads:</source>
      <translation>Партнёр &amp;читает:</translation>
    </message>
    <message>
      <location filename="../../src/casevault/gui/partner_dialog.py" line="167" />
      <source>&amp;Mark as verified</source>
      <translation>&amp;Отметить как проверенного</translation>
    </message>
    <message>
      <location filename="../../src/casevault/gui/partner_dialog.py" line="168" />
      <source>Mark as verified</source>
      <translation>Отметить как проверенного</translation>
    </message>
    <message>
      <location filename="../../src/casevault/gui/partner_dialog.py" line="170" />
      <source>Not &amp;now</source>
      <translation>&amp;Не сейчас</translation>
    </message>
    <message>
      <location filename="../../src/casevault/gui/partner_dialog.py" line="171" />
      <source>Close without verifying</source>
      <translation>Закрыть без проверки</translation>
    </message>
    <message>
      <location filename="../../src/casevault/gui/partner_dialog.py" line="191" />
      <source>Type the code the partner reads to you.</source>
      <translation>Введите код, который вам читает партнёр.</translation>
    </message>
  </context>
  <context>
    <name>MainWindow</name>
    <message>
      <location filename="../../src/casevault/gui/main_window.py" />
      <source>Partners and &amp;keys…</source>
      <translation>Партнёры и &amp;ключи…</translation>
    </message>
    <message>
      <location filename="../../src/casevault/gui/main_window.py" />
      <source>&amp;Import a bundle…</source>
      <translation>&amp;Импортировать пакет…</translation>
    </message>
    <message>
      <location filename="../../src/casevault/gui/main_window.py" />
      <source>&amp;Export a bundle…</source>
      <translation>&amp;Экспортировать пакет…</translation>
    </message>
  </context>
<context>
    <name>InboxPanel</name>
    <message>
        <source>Inbox</source>
        <translation>Входящие</translation>
    </message>
    <message>
        <source>Bundles picked up from the inbox folders that wait for you. Set a partner's folders with Transport folders… in the partner list.</source>
        <translation>Пакеты из папок входящих, которые ждут вашего решения. Папки партнёра задаются кнопкой «Папки обмена…» в списке партнёров.</translation>
    </message>
    <message>
        <source>Bundles waiting</source>
        <translation>Ожидающие пакеты</translation>
    </message>
    <message>
        <source>From</source>
        <translation>От кого</translation>
    </message>
    <message>
        <source>Arrived</source>
        <translation>Поступил</translation>
    </message>
    <message>
        <source>Why it waits</source>
        <translation>Почему ждёт</translation>
    </message>
    <message>
        <source>&amp;Check inbox now</source>
        <translation>&amp;Проверить входящие сейчас</translation>
    </message>
    <message>
        <source>Check the inbox folders now</source>
        <translation>Проверить папки входящих сейчас</translation>
    </message>
    <message>
        <source>&amp;Review…</source>
        <translation>&amp;Рассмотреть…</translation>
    </message>
    <message>
        <source>Review the selected bundle</source>
        <translation>Рассмотреть выбранный пакет</translation>
    </message>
    <message>
        <source>Re&amp;ject…</source>
        <translation>&amp;Отклонить…</translation>
    </message>
    <message>
        <source>Reject the selected bundle</source>
        <translation>Отклонить выбранный пакет</translation>
    </message>
    <message>
        <source>Inbox status message</source>
        <translation>Сообщение о состоянии входящих</translation>
    </message>
    <message>
        <source>%1: imported (%2 new cases, %3 changed).</source>
        <translation>%1: импортирован (новых дел: %2, изменённых: %3).</translation>
    </message>
    <message>
        <source>%1: refused and moved to the refused folder: %2.</source>
        <translation>%1: отклонён и перемещён в папку отклонённых: %2.</translation>
    </message>
    <message>
        <source>Could not send: %1</source>
        <translation>Не удалось отправить: %1</translation>
    </message>
    <message>
        <source>An inbox folder cannot be reached now (not connected?).</source>
        <translation>Папка входящих сейчас недоступна (не подключена?).</translation>
    </message>
    <message>
        <source>Inbox checked: nothing new.</source>
        <translation>Входящие проверены: ничего нового.</translation>
    </message>
    <message>
        <source>Reject this bundle?</source>
        <translation>Отклонить этот пакет?</translation>
    </message>
    <message>
        <source>The bundle from %1 is moved to the refused folder; nothing is imported.</source>
        <translation>Пакет от %1 будет перемещён в папку отклонённых; ничего не импортируется.</translation>
    </message>
</context>
<context>
    <name>TransportDialog</name>
    <message>
        <source>Transport folders: %1</source>
        <translation>Папки обмена: %1</translation>
    </message>
    <message>
        <source>Transport folders</source>
        <translation>Папки обмена</translation>
    </message>
    <message>
        <source>CaseVault writes bundles for this partner into the outbox and picks up its bundles from the inbox. A USB stick, a shared drive or Syncthing moves the files. File names reveal nothing; the bundles stay encrypted.</source>
        <translation>CaseVault записывает пакеты для этого партнёра в папку исходящих и забирает его пакеты из папки входящих. Файлы переносит флешка, общий диск или Syncthing. Имена файлов ничего не выдают; пакеты остаются зашифрованными.</translation>
    </message>
    <message>
        <source>Outbox folder</source>
        <translation>Папка исходящих</translation>
    </message>
    <message>
        <source>Inbox folder</source>
        <translation>Папка входящих</translation>
    </message>
    <message>
        <source>C&amp;hoose…</source>
        <translation>В&amp;ыбрать…</translation>
    </message>
    <message>
        <source>Choose the outbox folder</source>
        <translation>Выбрать папку исходящих</translation>
    </message>
    <message>
        <source>Ch&amp;oose…</source>
        <translation>Выб&amp;рать…</translation>
    </message>
    <message>
        <source>Choose the inbox folder</source>
        <translation>Выбрать папку входящих</translation>
    </message>
    <message>
        <source>&amp;Import on their own the bundles that need no decision</source>
        <translation>&amp;Самостоятельно импортировать пакеты, которые не требуют решения</translation>
    </message>
    <message>
        <source>Automatic import</source>
        <translation>Автоматический импорт</translation>
    </message>
    <message>
        <source>Off: every bundle waits for you in the list of bundles waiting. On: a bundle is applied on its own only if it brings no conflict, no possible duplicate, nothing refused, no erasure request and no key change; those always wait.</source>
        <translation>Выключено: каждый пакет ждёт вас в списке ожидающих пакетов. Включено: пакет применяется сам, только если в нём нет конфликтов, возможных дублей, ничего отклонённого, запросов на стирание и смены ключей; такие пакеты всегда ждут.</translation>
    </message>
    <message>
        <source>Also &amp;send a bundle whenever something changed</source>
        <translation>Также &amp;отправлять пакет, когда что-то изменилось</translation>
    </message>
    <message>
        <source>Send on every inbox check</source>
        <translation>Отправлять при каждой проверке входящих</translation>
    </message>
    <message>
        <source>Send &amp;now</source>
        <translation>Отправить с&amp;ейчас</translation>
    </message>
    <message>
        <source>Send a bundle into the outbox now</source>
        <translation>Сейчас отправить пакет в папку исходящих</translation>
    </message>
    <message>
        <source>Transport status message</source>
        <translation>Сообщение о состоянии обмена</translation>
    </message>
    <message>
        <source>O&amp;utbox:</source>
        <translation>Папка &amp;исходящих:</translation>
    </message>
    <message>
        <source>&amp;Inbox:</source>
        <translation>Папка &amp;входящих:</translation>
    </message>
    <message>
        <source>Choose a folder</source>
        <translation>Выберите папку</translation>
    </message>
    <message>
        <source>Sent: %1 cases, in the file %2.</source>
        <translation>Отправлено в файле %2. Дел: %1.</translation>
    </message>
    <message numerus="yes">
        <source>Sent: %n case(s), in the file %1.</source>
        <translation>
            <numerusform>Отправлено: %n дело, в файле %1.</numerusform>
            <numerusform>Отправлено: %n дела, в файле %1.</numerusform>
            <numerusform>Отправлено: %n дел, в файле %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Writing the bundle…</source>
        <translation>Запись пакета…</translation>
    </message>
</context>
</TS>