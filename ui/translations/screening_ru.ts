<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru_RU">
  <context>
    <name>AttachmentViewer</name>
    <message>
      <location filename="../../src/casevault/gui/attachment_viewer.py" line="40" />
      <source>Attachment viewer</source>
      <translation>Просмотр вложения</translation>
    </message>
    <message>
      <location filename="../../src/casevault/gui/attachment_viewer.py" line="50" />
      <source>Viewer problem</source>
      <translation>Проблема просмотра</translation>
    </message>
    <message>
      <location filename="../../src/casevault/gui/attachment_viewer.py" line="60" />
      <source>This kind of file cannot be shown here.</source>
      <translation>Такой файл здесь показать нельзя.</translation>
    </message>
    <message>
      <location filename="../../src/casevault/gui/attachment_viewer.py" line="64" />
      <source>Zoom &amp;in</source>
      <translation>&amp;Крупнее</translation>
    </message>
    <message>
      <location filename="../../src/casevault/gui/attachment_viewer.py" line="65" />
      <source>Zoom in</source>
      <translation>Крупнее</translation>
    </message>
    <message>
      <location filename="../../src/casevault/gui/attachment_viewer.py" line="66" />
      <source>Zoom in (Ctrl++)</source>
      <translation>Крупнее (Ctrl++)</translation>
    </message>
    <message>
      <location filename="../../src/casevault/gui/attachment_viewer.py" line="67" />
      <source>Zoom &amp;out</source>
      <translation>&amp;Мельче</translation>
    </message>
    <message>
      <location filename="../../src/casevault/gui/attachment_viewer.py" line="68" />
      <source>Zoom out</source>
      <translation>Мельче</translation>
    </message>
    <message>
      <location filename="../../src/casevault/gui/attachment_viewer.py" line="69" />
      <source>Zoom out (Ctrl+-)</source>
      <translation>Мельче (Ctrl+-)</translation>
    </message>
    <message>
      <location filename="../../src/casevault/gui/attachment_viewer.py" line="70" />
      <source>&amp;Actual size</source>
      <translation>&amp;Исходный размер</translation>
    </message>
    <message>
      <location filename="../../src/casevault/gui/attachment_viewer.py" line="71" />
      <source>Actual size</source>
      <translation>Исходный размер</translation>
    </message>
    <message>
      <location filename="../../src/casevault/gui/attachment_viewer.py" line="72" />
      <source>Actual size (Ctrl+0)</source>
      <translation>Исходный размер (Ctrl+0)</translation>
    </message>
    <message>
      <location filename="../../src/casevault/gui/attachment_viewer.py" line="73" />
      <source>Close</source>
      <translation>Закрыть</translation>
    </message>
    <message>
      <location filename="../../src/casevault/gui/attachment_viewer.py" line="74" />
      <source>Close viewer</source>
      <translation>Закрыть просмотр</translation>
    </message>
    <message>
      <location filename="../../src/casevault/gui/attachment_viewer.py" line="102" />
      <source>This image cannot be shown: the file may be damaged.</source>
      <translation>Это изображение нельзя показать: возможно, файл повреждён.</translation>
    </message>
    <message>
      <location filename="../../src/casevault/gui/attachment_viewer.py" line="106" />
      <source>Image</source>
      <translation>Изображение</translation>
    </message>
    <message>
      <location filename="../../src/casevault/gui/attachment_viewer.py" line="109" />
      <source>Image, scrollable</source>
      <translation>Изображение с прокруткой</translation>
    </message>
    <message>
      <location filename="../../src/casevault/gui/attachment_viewer.py" line="124" />
      <source>Document</source>
      <translation>Документ</translation>
    </message>
    <message>
      <location filename="../../src/casevault/gui/attachment_viewer.py" line="134" />
      <source>This PDF is protected by a password and cannot be shown.</source>
      <translation>Этот PDF защищён паролем, его нельзя показать.</translation>
    </message>
    <message>
      <location filename="../../src/casevault/gui/attachment_viewer.py" line="136" />
      <source>This PDF cannot be shown: the file may be damaged.</source>
      <translation>Этот PDF нельзя показать: возможно, файл повреждён.</translation>
    </message>
  </context>
  <context>
    <name>AttachmentsPanel</name>
    <message>
      <location filename="../../src/casevault/gui/attachments_panel.py" line="76" />
      <source>Attachments</source>
      <translation>Вложения</translation>
    </message>
    <message>
      <location filename="../../src/casevault/gui/attachments_panel.py" line="77" />
      <source>Save the case first; then you can attach files.</source>
      <translation>Сначала сохраните дело — после этого к нему можно прикладывать файлы.</translation>
    </message>
    <message>
      <location filename="../../src/casevault/gui/attachments_panel.py" line="80" />
      <source>Attachments of this case</source>
      <translation>Вложения этого дела</translation>
    </message>
    <message>
      <location filename="../../src/casevault/gui/attachments_panel.py" line="82" />
      <source>File name</source>
      <translation>Имя файла</translation>
    </message>
    <message>
      <location filename="../../src/casevault/gui/attachments_panel.py" line="82" />
      <source>Kind</source>
      <translation>Тип</translation>
    </message>
    <message>
      <location filename="../../src/casevault/gui/attachments_panel.py" line="82" />
      <source>Size</source>
      <translation>Размер</translation>
    </message>
    <message>
      <location filename="../../src/casevault/gui/attachments_panel.py" line="82" />
      <source>Added</source>
      <translation>Добавлен</translation>
    </message>
    <message>
      <location filename="../../src/casevault/gui/attachments_panel.py" line="90" />
      <source>A&amp;dd file…</source>
      <translation>&amp;Добавить файл…</translation>
    </message>
    <message>
      <location filename="../../src/casevault/gui/attachments_panel.py" line="90" />
      <source>Add file</source>
      <translation>Добавить файл</translation>
    </message>
    <message>
      <location filename="../../src/casevault/gui/attachments_panel.py" line="91" />
      <source>&amp;View</source>
      <translation>&amp;Открыть</translation>
    </message>
    <message>
      <location filename="../../src/casevault/gui/attachments_panel.py" line="91" />
      <source>View attachment</source>
      <translation>Открыть вложение</translation>
    </message>
    <message>
      <location filename="../../src/casevault/gui/attachments_panel.py" line="92" />
      <source>E&amp;xport a copy…</source>
      <translation>&amp;Сохранить копию…</translation>
    </message>
    <message>
      <location filename="../../src/casevault/gui/attachments_panel.py" line="92" />
      <location filename="../../src/casevault/gui/attachments_panel.py" line="270" />
      <source>Export a copy</source>
      <translation>Сохранить копию</translation>
    </message>
    <message>
      <location filename="../../src/casevault/gui/attachments_panel.py" line="93" />
      <source>De&amp;lete…</source>
      <translation>&amp;Удалить…</translation>
    </message>
    <message>
      <location filename="../../src/casevault/gui/attachments_panel.py" line="93" />
      <location filename="../../src/casevault/gui/attachments_panel.py" line="302" />
      <source>Delete attachment</source>
      <translation>Удалить вложение</translation>
    </message>
    <message>
      <location filename="../../src/casevault/gui/attachments_panel.py" line="96" />
      <source>Working</source>
      <translation>Выполняется</translation>
    </message>
    <message>
      <location filename="../../src/casevault/gui/attachments_panel.py" line="106" />
      <source>Notice</source>
      <translation>Сообщение</translation>
    </message>
    <message>
      <location filename="../../src/casevault/gui/attachments_panel.py" line="110" />
      <source>Attachment problem</source>
      <translation>Проблема с вложением</translation>
    </message>
    <message>
      <location filename="../../src/casevault/gui/attachments_panel.py" line="161" />
      <source>PDF document</source>
      <translation>Документ PDF</translation>
    </message>
    <message>
      <location filename="../../src/casevault/gui/attachments_panel.py" line="163" />
      <source>Image</source>
      <translation>Изображение</translation>
    </message>
    <message>
      <location filename="../../src/casevault/gui/attachments_panel.py" line="164" />
      <source>Other file</source>
      <translation>Другой файл</translation>
    </message>
    <message>
      <location filename="../../src/casevault/gui/attachments_panel.py" line="224" />
      <source>“%1” is now stored encrypted in the vault. The original file is still on this computer (%2). If it should not stay there, delete it.</source>
      <translation>«%1» теперь хранится в хранилище в зашифрованном виде. Исходный файл по-прежнему лежит на этом компьютере (%2). Если ему там не место, удалите его.</translation>
    </message>
    <message>
      <location filename="../../src/casevault/gui/attachments_panel.py" line="239" />
      <source>This kind of file cannot be shown inside CaseVault. Export a copy to open it with another program.</source>
      <translation>Такой файл нельзя показать в CaseVault. Сохраните копию, чтобы открыть её другой программой.</translation>
    </message>
    <message>
      <location filename="../../src/casevault/gui/attachments_panel.py" line="271" />
      <source>The copy will not be encrypted.</source>
      <translation>Копия не будет зашифрована.</translation>
    </message>
    <message>
      <location filename="../../src/casevault/gui/attachments_panel.py" line="273" />
      <source>Anyone who gets hold of the disk or USB stick can read it. Save it only where it is needed, and delete it when it is no longer needed.</source>
      <translation>Её сможет прочитать любой, к кому попадёт диск или флешка. Сохраняйте её только туда, где она действительно нужна, и удалите, когда она станет не нужна.</translation>
    </message>
    <message>
      <location filename="../../src/casevault/gui/attachments_panel.py" line="276" />
      <source>&amp;Choose where to save…</source>
      <translation>&amp;Выбрать, куда сохранить…</translation>
    </message>
    <message>
      <location filename="../../src/casevault/gui/attachments_panel.py" line="290" />
      <source>An unencrypted copy was saved to %1. Delete it when it is no longer needed.</source>
      <translation>Незашифрованная копия сохранена: %1. Удалите её, когда она станет не нужна.</translation>
    </message>
    <message>
      <location filename="../../src/casevault/gui/attachments_panel.py" line="303" />
      <source>Delete “%1” from this case?</source>
      <translation>Удалить «%1» из этого дела?</translation>
    </message>
    <message>
      <location filename="../../src/casevault/gui/attachments_panel.py" line="304" />
      <source>The file is removed from the vault for good. This cannot be undone.</source>
      <translation>Файл будет удалён из хранилища навсегда. Это нельзя отменить.</translation>
    </message>
    <message>
      <location filename="../../src/casevault/gui/attachments_panel.py" line="305" />
      <source>&amp;Delete</source>
      <translation>&amp;Удалить</translation>
    </message>
      <message>
        <source>Add de&amp;rived copy…</source>
        <translation>Добавить &amp;производную копию…</translation>
    </message>
    <message>
        <source>Add derived copy</source>
        <translation>Добавить производную копию</translation>
    </message>
    <message>
        <source>Exa&amp;mine…</source>
        <translation>Ос&amp;мотреть…</translation>
    </message>
    <message>
        <source>Examine</source>
        <translation>Осмотреть</translation>
    </message>
    <message>
        <source>Anomalies recorded on documents</source>
        <translation>В документах отмечены несоответствия</translation>
    </message>
    <message>
        <source>Type the date received as YYYY-MM-DD, or leave it empty.</source>
        <translation>Введите дату получения в виде ГГГГ-ММ-ДД или оставьте поле пустым.</translation>
    </message>
    <message>
        <source>The examination note was signed.</source>
        <translation>Заключение об осмотре подписано.</translation>
    </message>
    <message numerus="yes">
        <source>Its %n derived copies are removed too.</source>
        <translation>
            <numerusform>Его %n производная копия тоже удаляется.</numerusform>
            <numerusform>Его %n производные копии тоже удаляются.</numerusform>
            <numerusform>Его %n производных копий тоже удаляются.</numerusform>
        </translation>
    </message>
</context>
  <context>
    <name>EvaluationDialog</name>
    <message>
      <location filename="../../src/casevault/gui/evaluation_dialog.py" line="85" />
      <source>Correct evaluation %1</source>
      <translation>Исправление оценки %1</translation>
    </message>
    <message>
      <location filename="../../src/casevault/gui/evaluation_dialog.py" line="87" />
      <source>Edit draft evaluation %1</source>
      <translation>Черновик оценки %1</translation>
    </message>
    <message>
      <location filename="../../src/casevault/gui/evaluation_dialog.py" line="89" />
      <source>New evaluation</source>
      <translation>Новая оценка</translation>
    </message>
    <message>
      <location filename="../../src/casevault/gui/evaluation_dialog.py" line="96" />
      <source>You are correcting a signed evaluation. The correction is saved as a new draft; it replaces the old evaluation only when you finalise it. The old one stays visible.</source>
      <translation>Вы исправляете подписанную оценку. Исправление сохраняется как новый черновик и заменит старую оценку, только когда вы его завершите и подпишете. Старая оценка останется видна.</translation>
    </message>
    <message>
      <location filename="../../src/casevault/gui/evaluation_dialog.py" line="103" />
      <source>About corrections</source>
      <translation>Об исправлениях</translation>
    </message>
    <message>
      <location filename="../../src/casevault/gui/evaluation_dialog.py" line="114" />
      <source>Problem</source>
      <translation>Проблема</translation>
    </message>
    <message>
      <location filename="../../src/casevault/gui/evaluation_dialog.py" line="120" />
      <source>&amp;Save draft</source>
      <translation>&amp;Сохранить черновик</translation>
    </message>
    <message>
      <location filename="../../src/casevault/gui/evaluation_dialog.py" line="121" />
      <source>Save draft</source>
      <translation>Сохранить черновик</translation>
    </message>
    <message>
      <location filename="../../src/casevault/gui/evaluation_dialog.py" line="123" />
      <location filename="../../src/casevault/gui/evaluation_dialog.py" line="124" />
      <source>Cancel</source>
      <translation>Отмена</translation>
    </message>
    <message>
      <location filename="../../src/casevault/gui/evaluation_dialog.py" line="137" />
      <source>Problem: %1</source>
      <translation>Проблема: %1</translation>
    </message>
    <message>
      <location filename="../../src/casevault/gui/evaluation_dialog.py" line="144" />
      <location filename="../../src/casevault/gui/evaluation_dialog.py" line="147" />
      <source>Evaluator</source>
      <translation>Проверяющий</translation>
    </message>
    <message>
      <location filename="../../src/casevault/gui/evaluation_dialog.py" line="146" />
      <source>&amp;Evaluator:</source>
      <translation>&amp;Проверяющий:</translation>
    </message>
    <message>
      <location filename="../../src/casevault/gui/evaluation_dialog.py" line="149" />
      <source>Name of a new evaluator</source>
      <translation>Имя нового проверяющего</translation>
    </message>
    <message>
      <location filename="../../src/casevault/gui/evaluation_dialog.py" line="150" />
      <source>New evaluator's name</source>
      <translation>Имя нового проверяющего</translation>
    </message>
    <message>
      <location filename="../../src/casevault/gui/evaluation_dialog.py" line="152" />
      <source>Role (optional)</source>
      <translation>Роль (необязательно)</translation>
    </message>
    <message>
      <location filename="../../src/casevault/gui/evaluation_dialog.py" line="153" />
      <source>New evaluator's role</source>
      <translation>Роль нового проверяющего</translation>
    </message>
    <message>
      <location filename="../../src/casevault/gui/evaluation_dialog.py" line="154" />
      <source>Add e&amp;valuator</source>
      <translation>Добавить про&amp;веряющего</translation>
    </message>
    <message>
      <location filename="../../src/casevault/gui/evaluation_dialog.py" line="155" />
      <source>Add evaluator</source>
      <translation>Добавить проверяющего</translation>
    </message>
    <message>
      <location filename="../../src/casevault/gui/evaluation_dialog.py" line="164" />
      <source>New evaluator</source>
      <translation>Новый проверяющий</translation>
    </message>
    <message>
      <location filename="../../src/casevault/gui/evaluation_dialog.py" line="184" />
      <source>Date of the evaluation</source>
      <translation>Дата оценки</translation>
    </message>
    <message>
      <location filename="../../src/casevault/gui/evaluation_dialog.py" line="185" />
      <source>&amp;Date:</source>
      <translation>&amp;Дата:</translation>
    </message>
    <message>
      <location filename="../../src/casevault/gui/evaluation_dialog.py" line="186" />
      <source>Date</source>
      <translation>Дата</translation>
    </message>
    <message>
      <location filename="../../src/casevault/gui/evaluation_dialog.py" line="191" />
      <source>Method: %1</source>
      <translation>Способ: %1</translation>
    </message>
    <message>
      <location filename="../../src/casevault/gui/evaluation_dialog.py" line="195" />
      <source>Methods:</source>
      <translation>Способы:</translation>
    </message>
    <message>
      <location filename="../../src/casevault/gui/evaluation_dialog.py" line="196" />
      <source>Methods</source>
      <translation>Способы</translation>
    </message>
    <message>
      <location filename="../../src/casevault/gui/evaluation_dialog.py" line="199" />
      <source>What was checked</source>
      <translation>Что проверено</translation>
    </message>
    <message>
      <location filename="../../src/casevault/gui/evaluation_dialog.py" line="200" />
      <source>Checklist</source>
      <translation>Список проверки</translation>
    </message>
    <message>
      <location filename="../../src/casevault/gui/evaluation_dialog.py" line="207" />
      <source>%1: result</source>
      <translation>%1: результат</translation>
    </message>
    <message>
      <location filename="../../src/casevault/gui/evaluation_dialog.py" line="211" />
      <source>What was seen</source>
      <translation>Что удалось установить</translation>
    </message>
    <message>
      <location filename="../../src/casevault/gui/evaluation_dialog.py" line="212" />
      <source>%1: note</source>
      <translation>%1: заметка</translation>
    </message>
    <message>
      <location filename="../../src/casevault/gui/evaluation_dialog.py" line="227" />
      <location filename="../../src/casevault/gui/evaluation_dialog.py" line="241" />
      <source>Verdict</source>
      <translation>Вывод</translation>
    </message>
    <message>
      <location filename="../../src/casevault/gui/evaluation_dialog.py" line="228" />
      <location filename="../../src/casevault/gui/evaluation_dialog.py" line="233" />
      <source>Choose…</source>
      <translation>Выберите…</translation>
    </message>
    <message>
      <location filename="../../src/casevault/gui/evaluation_dialog.py" line="232" />
      <location filename="../../src/casevault/gui/evaluation_dialog.py" line="243" />
      <source>Confidence</source>
      <translation>Уверенность</translation>
    </message>
    <message>
      <location filename="../../src/casevault/gui/evaluation_dialog.py" line="237" />
      <location filename="../../src/casevault/gui/evaluation_dialog.py" line="245" />
      <source>Notes</source>
      <translation>Заметки</translation>
    </message>
    <message>
      <location filename="../../src/casevault/gui/evaluation_dialog.py" line="240" />
      <source>&amp;Verdict:</source>
      <translation>&amp;Вывод:</translation>
    </message>
    <message>
      <location filename="../../src/casevault/gui/evaluation_dialog.py" line="242" />
      <source>C&amp;onfidence:</source>
      <translation>&amp;Уверенность:</translation>
    </message>
    <message>
      <location filename="../../src/casevault/gui/evaluation_dialog.py" line="244" />
      <source>&amp;Notes:</source>
      <translation>&amp;Заметки:</translation>
    </message>
    <message>
      <location filename="../../src/casevault/gui/evaluation_dialog.py" line="299" />
      <source>Not saved: correct the marked field.</source>
      <translation>Не сохранено: исправьте отмеченное поле.</translation>
    </message>
    <message>
      <location filename="../../src/casevault/gui/evaluation_dialog.py" line="314" />
      <source>Write the evaluator's name.</source>
      <translation>Впишите имя проверяющего.</translation>
    </message>
    <message>
      <location filename="../../src/casevault/gui/evaluation_dialog.py" line="334" />
      <source>Choose who evaluated, or add a new evaluator.</source>
      <translation>Выберите, кто проводил оценку, или добавьте нового проверяющего.</translation>
    </message>
    <message>
      <location filename="../../src/casevault/gui/evaluation_dialog.py" line="337" />
      <source>Choose a verdict.</source>
      <translation>Выберите вывод.</translation>
    </message>
    <message>
      <location filename="../../src/casevault/gui/evaluation_dialog.py" line="340" />
      <source>Choose how sure the evaluator is.</source>
      <translation>Укажите, насколько проверяющий уверен.</translation>
    </message>
  </context>
  <context>
    <name>EvaluationsPanel</name>
    <message>
      <location filename="../../src/casevault/gui/evaluations_panel.py" line="72" />
      <source>Evaluations</source>
      <translation>Оценки</translation>
    </message>
    <message>
      <location filename="../../src/casevault/gui/evaluations_panel.py" line="73" />
      <source>Save the case first; then it can be screened.</source>
      <translation>Сначала сохраните дело — после этого его можно проверять.</translation>
    </message>
    <message>
      <location filename="../../src/casevault/gui/evaluations_panel.py" line="76" />
      <source>Clearance</source>
      <translation>Итог проверки</translation>
    </message>
    <message>
      <location filename="../../src/casevault/gui/evaluations_panel.py" line="82" />
      <source>Why</source>
      <translation>Почему</translation>
    </message>
    <message>
      <location filename="../../src/casevault/gui/evaluations_panel.py" line="84" />
      <source>Evaluations of this case</source>
      <translation>Оценки по этому делу</translation>
    </message>
    <message>
      <location filename="../../src/casevault/gui/evaluations_panel.py" line="87" />
      <source>State</source>
      <translation>Состояние</translation>
    </message>
    <message>
      <location filename="../../src/casevault/gui/evaluations_panel.py" line="88" />
      <source>Verdict</source>
      <translation>Вывод</translation>
    </message>
    <message>
      <location filename="../../src/casevault/gui/evaluations_panel.py" line="89" />
      <source>Evaluator</source>
      <translation>Проверяющий</translation>
    </message>
    <message>
      <location filename="../../src/casevault/gui/evaluations_panel.py" line="90" />
      <source>Date</source>
      <translation>Дата</translation>
    </message>
    <message>
      <location filename="../../src/casevault/gui/evaluations_panel.py" line="91" />
      <source>Signature</source>
      <translation>Подпись</translation>
    </message>
    <message>
      <location filename="../../src/casevault/gui/evaluations_panel.py" line="92" />
      <source>Id</source>
      <translation>Номер</translation>
    </message>
    <message>
      <location filename="../../src/casevault/gui/evaluations_panel.py" line="104" />
      <source>Screening problem</source>
      <translation>Проблема проверки</translation>
    </message>
    <message>
      <location filename="../../src/casevault/gui/evaluations_panel.py" line="105" />
      <source>&amp;New evaluation…</source>
      <translation>&amp;Новая оценка…</translation>
    </message>
    <message>
      <location filename="../../src/casevault/gui/evaluations_panel.py" line="105" />
      <source>New evaluation</source>
      <translation>Новая оценка</translation>
    </message>
    <message>
      <location filename="../../src/casevault/gui/evaluations_panel.py" line="106" />
      <source>Edit d&amp;raft…</source>
      <translation>&amp;Изменить черновик…</translation>
    </message>
    <message>
      <location filename="../../src/casevault/gui/evaluations_panel.py" line="106" />
      <source>Edit draft</source>
      <translation>Изменить черновик</translation>
    </message>
    <message>
      <location filename="../../src/casevault/gui/evaluations_panel.py" line="107" />
      <source>Delete draft…</source>
      <translation>Удалить черновик…</translation>
    </message>
    <message>
      <location filename="../../src/casevault/gui/evaluations_panel.py" line="107" />
      <location filename="../../src/casevault/gui/evaluations_panel.py" line="318" />
      <source>Delete draft</source>
      <translation>Удалить черновик</translation>
    </message>
    <message>
      <location filename="../../src/casevault/gui/evaluations_panel.py" line="109" />
      <source>&amp;Finalise and sign…</source>
      <translation>&amp;Завершить и подписать…</translation>
    </message>
    <message>
      <location filename="../../src/casevault/gui/evaluations_panel.py" line="109" />
      <location filename="../../src/casevault/gui/evaluations_panel.py" line="331" />
      <source>Finalise and sign</source>
      <translation>Завершить и подписать</translation>
    </message>
    <message>
      <location filename="../../src/casevault/gui/evaluations_panel.py" line="112" />
      <source>&amp;Correct (supersede)…</source>
      <translation>Ис&amp;править (заменить)…</translation>
    </message>
    <message>
      <location filename="../../src/casevault/gui/evaluations_panel.py" line="112" />
      <source>Correct a signed evaluation</source>
      <translation>Исправить подписанную оценку</translation>
    </message>
    <message>
      <location filename="../../src/casevault/gui/evaluations_panel.py" line="319" />
      <source>Delete the draft evaluation %1?</source>
      <translation>Удалить черновик оценки %1?</translation>
    </message>
    <message>
      <location filename="../../src/casevault/gui/evaluations_panel.py" line="320" />
      <source>The draft is removed for good. This cannot be undone.</source>
      <translation>Черновик будет удалён навсегда. Это нельзя отменить.</translation>
    </message>
    <message>
      <location filename="../../src/casevault/gui/evaluations_panel.py" line="321" />
      <source>&amp;Delete draft</source>
      <translation>&amp;Удалить черновик</translation>
    </message>
    <message>
      <location filename="../../src/casevault/gui/evaluations_panel.py" line="332" />
      <source>Finalise and sign the evaluation %1?</source>
      <translation>Завершить и подписать оценку %1?</translation>
    </message>
    <message>
      <location filename="../../src/casevault/gui/evaluations_panel.py" line="336" />
      <source>Once signed, it cannot be changed or deleted afterwards. A mistake can only be corrected by a new evaluation that supersedes it.</source>
      <translation>После подписи её уже нельзя будет изменить или удалить. Ошибку можно будет исправить только новой оценкой, которая заменит эту.</translation>
    </message>
    <message>
      <location filename="../../src/casevault/gui/evaluations_panel.py" line="339" />
      <source>&amp;Finalise and sign</source>
      <translation>&amp;Завершить и подписать</translation>
    </message>
  </context>
  <context>
    <name>FileChoosers</name>
    <message>
      <location filename="../../src/casevault/gui/file_choosers.py" line="48" />
      <location filename="../../src/casevault/gui/file_choosers.py" line="52" />
      <source>Choose a file to attach</source>
      <translation>Выберите файл для вложения</translation>
    </message>
    <message>
      <location filename="../../src/casevault/gui/file_choosers.py" line="61" />
      <location filename="../../src/casevault/gui/file_choosers.py" line="66" />
      <source>Save an unencrypted copy as</source>
      <translation>Сохранить незашифрованную копию как</translation>
    </message>
  </context>
  <context>
    <name>Questions</name>
    <message>
      <location filename="../../src/casevault/gui/questions.py" line="34" />
      <location filename="../../src/casevault/gui/questions.py" line="35" />
      <source>Cancel</source>
      <translation>Отмена</translation>
    </message>
  </context>
  <context>
    <name>ScreeningText</name>
    <message>
      <location filename="../../src/casevault/gui/screening_text.py" line="39" />
      <source>Interview</source>
      <translation>Беседа</translation>
    </message>
    <message>
      <location filename="../../src/casevault/gui/screening_text.py" line="40" />
      <source>Documents</source>
      <translation>Документы</translation>
    </message>
    <message>
      <location filename="../../src/casevault/gui/screening_text.py" line="41" />
      <source>Open-source check</source>
      <translation>Открытые источники</translation>
    </message>
    <message>
      <location filename="../../src/casevault/gui/screening_text.py" line="42" />
      <source>References</source>
      <translation>Рекомендации</translation>
    </message>
    <message>
      <location filename="../../src/casevault/gui/screening_text.py" line="43" />
      <source>Other</source>
      <translation>Другое</translation>
    </message>
    <message>
      <location filename="../../src/casevault/gui/screening_text.py" line="46" />
      <source>Deployment places and dates</source>
      <translation>Места и даты службы</translation>
    </message>
    <message>
      <location filename="../../src/casevault/gui/screening_text.py" line="47" />
      <source>Unit and its record</source>
      <translation>Часть и её история</translation>
    </message>
    <message>
      <location filename="../../src/casevault/gui/screening_text.py" line="48" />
      <source>Part in operations against civilians</source>
      <translation>Участие в операциях против мирных жителей</translation>
    </message>
    <message>
      <location filename="../../src/casevault/gui/screening_text.py" line="49" />
      <source>Call-up proof</source>
      <translation>Подтверждение призыва</translation>
    </message>
    <message>
      <location filename="../../src/casevault/gui/screening_text.py" line="50" />
      <source>Identity documents</source>
      <translation>Документы, удостоверяющие личность</translation>
    </message>
    <message>
      <location filename="../../src/casevault/gui/screening_text.py" line="53" />
      <source>Not checked</source>
      <translation>Не проверено</translation>
    </message>
    <message>
      <location filename="../../src/casevault/gui/screening_text.py" line="54" />
      <source>Checked, no concerns</source>
      <translation>Проверено, сомнений нет</translation>
    </message>
    <message>
      <location filename="../../src/casevault/gui/screening_text.py" line="55" />
      <source>Concerns</source>
      <translation>Есть сомнения</translation>
    </message>
    <message>
      <location filename="../../src/casevault/gui/screening_text.py" line="58" />
      <source>Cleared</source>
      <translation>Допущен</translation>
    </message>
    <message>
      <location filename="../../src/casevault/gui/screening_text.py" line="59" />
      <source>Not cleared</source>
      <translation>Не допущен</translation>
    </message>
    <message>
      <location filename="../../src/casevault/gui/screening_text.py" line="60" />
      <source>Inconclusive</source>
      <translation>Без вывода</translation>
    </message>
    <message>
      <location filename="../../src/casevault/gui/screening_text.py" line="63" />
      <source>Low</source>
      <translation>Низкая</translation>
    </message>
    <message>
      <location filename="../../src/casevault/gui/screening_text.py" line="64" />
      <source>Medium</source>
      <translation>Средняя</translation>
    </message>
    <message>
      <location filename="../../src/casevault/gui/screening_text.py" line="65" />
      <source>High</source>
      <translation>Высокая</translation>
    </message>
    <message>
      <location filename="../../src/casevault/gui/screening_text.py" line="68" />
      <source>signed by an organisation whose keys we do not hold</source>
      <translation>подписано организацией, ключей которой у нас нет</translation>
    </message>
    <message>
      <location filename="../../src/casevault/gui/screening_text.py" line="71" />
      <source>signed with a key that is not the signer's</source>
      <translation>подписано ключом, который не принадлежит подписавшему</translation>
    </message>
    <message>
      <location filename="../../src/casevault/gui/screening_text.py" line="74" />
      <source>the stored record no longer matches its signatures</source>
      <translation>сохранённая запись больше не совпадает со своими подписями</translation>
    </message>
    <message>
      <location filename="../../src/casevault/gui/screening_text.py" line="77" />
      <source>its signed content cannot be read</source>
      <translation>подписанное содержимое невозможно прочитать</translation>
    </message>
    <message>
      <location filename="../../src/casevault/gui/screening_text.py" line="78" />
      <source>what is shown differs from what was signed</source>
      <translation>показанное отличается от подписанного</translation>
    </message>
    <message>
      <location filename="../../src/casevault/gui/screening_text.py" line="98" />
      <source>Draft correction of %1</source>
      <translation>Черновик исправления %1</translation>
    </message>
    <message>
      <location filename="../../src/casevault/gui/screening_text.py" line="101" />
      <source>Draft</source>
      <translation>Черновик</translation>
    </message>
    <message>
      <location filename="../../src/casevault/gui/screening_text.py" line="103" />
      <source>Superseded by %1</source>
      <translation>Заменена оценкой %1</translation>
    </message>
    <message>
      <location filename="../../src/casevault/gui/screening_text.py" line="106" />
      <source>Finalised</source>
      <translation>Подписана</translation>
    </message>
    <message>
      <location filename="../../src/casevault/gui/screening_text.py" line="112" />
      <source>Not signed (draft)</source>
      <translation>Не подписана (черновик)</translation>
    </message>
    <message>
      <location filename="../../src/casevault/gui/screening_text.py" line="114" />
      <source>Checking…</source>
      <translation>Проверяется…</translation>
    </message>
    <message>
      <location filename="../../src/casevault/gui/screening_text.py" line="116" />
      <source>Verified</source>
      <translation>Подлинная</translation>
    </message>
    <message>
      <location filename="../../src/casevault/gui/screening_text.py" line="117" />
      <source>Problem: %1</source>
      <translation>Проблема: %1</translation>
    </message>
    <message>
      <location filename="../../src/casevault/gui/screening_text.py" line="123" />
      <source>This case is cleared.</source>
      <translation>Проверка по делу пройдена.</translation>
    </message>
    <message>
      <location filename="../../src/casevault/gui/screening_text.py" line="124" />
      <source>This case is not cleared: an evaluator found against it.</source>
      <translation>Проверка не пройдена: один из проверяющих дал отрицательный вывод.</translation>
    </message>
    <message>
      <location filename="../../src/casevault/gui/screening_text.py" line="127" />
      <source>This case is not cleared yet.</source>
      <translation>Проверка по делу ещё не пройдена.</translation>
    </message>
    <message>
      <location filename="../../src/casevault/gui/screening_text.py" line="130" />
      <source>%1's evaluation (%2) is a draft; it counts once finalised.</source>
      <translation>Оценка %2 (проверяющий: %1) — черновик; она будет учтена после подписи.</translation>
    </message>
    <message>
      <location filename="../../src/casevault/gui/screening_text.py" line="133" />
      <source>%1's evaluation (%2) says “not cleared”. Only a correction by %1 can change that.</source>
      <translation>Оценка %2 (проверяющий: %1): «не допущен». Изменить это может только исправление от того же проверяющего (%1).</translation>
    </message>
    <message>
      <location filename="../../src/casevault/gui/screening_text.py" line="137" />
      <source>%1's evaluation (%2) is inconclusive; clearance waits for a correction.</source>
      <translation>Оценка %2 (проверяющий: %1) — без вывода; итог ждёт исправления.</translation>
    </message>
    <message>
      <location filename="../../src/casevault/gui/screening_text.py" line="140" />
      <source>%1's evaluation (%2) was corrected by %3; it no longer counts.</source>
      <translation>Оценка %2 (проверяющий: %1) заменена исправлением %3 и больше не учитывается.</translation>
    </message>
    <message>
      <location filename="../../src/casevault/gui/screening_text.py" line="143" />
      <source>%1's evaluation (%2) is another by the same person; it does not count twice.</source>
      <translation>Оценка %2 (проверяющий: %1) — ещё одна от того же человека; дважды она не учитывается.</translation>
    </message>
    <message>
      <location filename="../../src/casevault/gui/screening_text.py" line="171" />
      <source>%1 of %2 independent evaluations say “cleared”.</source>
      <translation>Независимых оценок «допущен»: %1 из %2 нужных.</translation>
    </message>
    <message>
      <location filename="../../src/casevault/gui/screening_text.py" line="178" />
      <source>Evaluators from at least %1 organisations are needed; so far %2.</source>
      <translation>Нужны проверяющие как минимум из %1 организаций; пока — из %2.</translation>
    </message>
    <message>
      <location filename="../../src/casevault/gui/screening_text.py" line="193" />
      <source>Not ready to sign: tick at least one method.</source>
      <translation>Подписать пока нельзя: отметьте хотя бы один способ проверки.</translation>
    </message>
    <message>
      <location filename="../../src/casevault/gui/screening_text.py" line="196" />
      <source>Not ready to sign: a “cleared” verdict needs the check of any part in operations against civilians marked as checked with no concerns.</source>
      <translation>Подписать пока нельзя: для вывода «допущен» пункт «Участие в операциях против мирных жителей» должен быть отмечен как «Проверено, сомнений нет».</translation>
    </message>
    <message>
      <location filename="../../src/casevault/gui/screening_text.py" line="207" />
      <source>This evaluation is no longer in the vault.</source>
      <translation>Этой оценки больше нет в хранилище.</translation>
    </message>
    <message>
      <location filename="../../src/casevault/gui/screening_text.py" line="210" />
      <source>This evaluator is no longer in the vault.</source>
      <translation>Этого проверяющего больше нет в хранилище.</translation>
    </message>
    <message>
      <location filename="../../src/casevault/gui/screening_text.py" line="213" />
      <source>This id matches several records.</source>
      <translation>Этот номер подходит к нескольким записям.</translation>
    </message>
    <message>
      <location filename="../../src/casevault/gui/screening_text.py" line="216" />
      <source>This evaluation is signed and final. To change it, make a correction.</source>
      <translation>Эта оценка подписана и окончательна. Чтобы её изменить, создайте исправление.</translation>
    </message>
    <message>
      <location filename="../../src/casevault/gui/screening_text.py" line="222" />
      <source>This evaluation is still a draft: edit it instead.</source>
      <translation>Эта оценка ещё черновик — просто измените её.</translation>
    </message>
    <message>
      <location filename="../../src/casevault/gui/screening_text.py" line="225" />
      <source>This evaluation already has a correction (%1).</source>
      <translation>У этой оценки уже есть исправление (%1).</translation>
    </message>
    <message>
      <location filename="../../src/casevault/gui/screening_text.py" line="228" />
      <source>This evaluator belongs to another organisation; you can only sign for your own.</source>
      <translation>Этот проверяющий из другой организации; подписывать можно только за свою.</translation>
    </message>
    <message>
      <location filename="../../src/casevault/gui/screening_text.py" line="235" />
      <source>A case always needs at least %1 independent evaluations.</source>
      <translation>Для любого дела нужно не меньше %1 независимых оценок.</translation>
    </message>
    <message>
      <location filename="../../src/casevault/gui/screening_text.py" line="240" />
      <source>This record is signed and final; the vault refused to change it.</source>
      <translation>Эта запись подписана и окончательна; хранилище не позволило её изменить.</translation>
    </message>
    <message>
      <location filename="../../src/casevault/gui/screening_text.py" line="245" />
      <source>A signed evaluation cannot be read; the vault may have been altered.</source>
      <translation>Подписанную оценку невозможно прочитать; возможно, хранилище было изменено.</translation>
    </message>
    <message>
      <location filename="../../src/casevault/gui/screening_text.py" line="250" />
      <source>This attachment is no longer in the vault.</source>
      <translation>Этого вложения больше нет в хранилище.</translation>
    </message>
    <message>
      <location filename="../../src/casevault/gui/screening_text.py" line="253" />
      <source>This file is too large (the limit is %1 MB). Nothing was changed.</source>
      <translation>Файл слишком большой (предел — %1 МБ). Ничего не изменено.</translation>
    </message>
    <message>
      <location filename="../../src/casevault/gui/screening_text.py" line="153" />
      <source>signed by %1, whose keys were revoked on %2</source>
      <translation>подписана организацией %1, ключи которой отозваны %2</translation>
    </message>
    <message>
      <location filename="../../src/casevault/gui/screening_text.py" line="156" />
      <source>signed by %1, not verified by short code or fingerprint</source>
      <translation>подписана организацией %1, которую вы не проверили по короткому коду или отпечатку</translation>
    </message>
    <message>
      <location filename="../../src/casevault/gui/screening_text.py" line="159" />
      <source>signed by an organisation you do not know (%1)</source>
      <translation>подписана неизвестной вам организацией (%1)</translation>
    </message>
    <message>
      <location filename="../../src/casevault/gui/screening_text.py" line="162" />
      <source>signed by %1 with a key that is not theirs</source>
      <translation>подписана организацией %1, но не её ключом</translation>
    </message>
    <message>
      <location filename="../../src/casevault/gui/screening_text.py" line="181" />
      <source>Evaluation %1 is refused: it claims to correct an evaluation signed by another organisation.</source>
      <translation>Оценка %1 отклонена: она заявлена как исправление оценки, подписанной другой организацией.</translation>
    </message>
    <message>
      <location filename="../../src/casevault/gui/screening_text.py" line="186" />
      <source>Evaluation %1 is refused: it names as its evaluator a person of another organisation.</source>
      <translation>Оценка %1 отклонена: проверяющим в ней указан человек из другой организации.</translation>
    </message>
    <message>
      <location filename="../../src/casevault/gui/screening_text.py" line="190" />
      <source>Evaluation %1 is refused: it is signed with keys you revoked.</source>
      <translation>Оценка %1 отклонена: она подписана ключами, которые вы отозвали.</translation>
    </message>
    <message>
      <location filename="../../src/casevault/gui/screening_text.py" line="202" />
      <source>%1 new evaluation(s) signed by organisations you have not verified: kept for reference, not counted towards clearance.</source>
      <translation>Новые оценки, подписанные организациями, которые вы не проверили: %1. Они сохраняются для сведения, но не учитываются для допуска.</translation>
    </message>
    <message>
      <location filename="../../src/casevault/gui/screening_text.py" line="214" />
      <source>Not counted</source>
      <translation>Не учитывается</translation>
    </message>
    <message>
      <location filename="../../src/casevault/gui/screening_text.py" line="223" />
      <source>The evaluation %1 does not count: %2.</source>
      <translation>Оценка %1 не учитывается: %2.</translation>
    </message>
      <message numerus="yes">
        <source>%n new evaluation(s) signed by organisations you have not verified: kept for reference, not counted towards clearance.</source>
        <translation>
            <numerusform>%n новая оценка подписана организацией, которую вы не проверили: сохранена для сведения, но не учитывается при допуске.</numerusform>
            <numerusform>%n новые оценки подписаны организациями, которые вы не проверили: сохранены для сведения, но не учитываются при допуске.</numerusform>
            <numerusform>%n новых оценок подписаны организациями, которые вы не проверили: сохранены для сведения, но не учитываются при допуске.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n independent evaluation(s) say “cleared”.</source>
        <translation>
            <numerusform>%1 из %n независимой оценки — «допущен».</numerusform>
            <numerusform>%1 из %n независимых оценок — «допущен».</numerusform>
            <numerusform>%1 из %n независимых оценок — «допущен».</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Evaluators from at least %n organisation(s) are needed; so far %1.</source>
        <translation>
            <numerusform>Нужны проверяющие хотя бы из %n организации; пока — %1.</numerusform>
            <numerusform>Нужны проверяющие хотя бы из %n организаций; пока — %1.</numerusform>
            <numerusform>Нужны проверяющие хотя бы из %n организаций; пока — %1.</numerusform>
        </translation>
    </message>
</context>
  <context>
    <name>CaseEditor</name>
    <message>
      <source>&amp;Evaluations</source>
      <translation>&amp;Оценки</translation>
    </message>
    <message>
      <source>&amp;Attachments</source>
      <translation>&amp;Вложения</translation>
    </message>
  </context>
</TS>