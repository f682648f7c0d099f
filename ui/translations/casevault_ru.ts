<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru_RU">
<context>
    <name>AuditView</name>
    <message>
        <source>Vault created</source>
        <translation>Хранилище создано</translation>
    </message>
    <message>
        <source>Opened with the recovery code</source>
        <translation>Открыто кодом восстановления</translation>
    </message>
    <message>
        <source>Passphrase changed</source>
        <translation>Парольная фраза изменена</translation>
    </message>
    <message>
        <source>Case created</source>
        <translation>Дело создано</translation>
    </message>
    <message>
        <source>Case edited</source>
        <translation>Дело изменено</translation>
    </message>
    <message>
        <source>Case deleted</source>
        <translation>Дело удалено</translation>
    </message>
    <message>
        <source>Case restored</source>
        <translation>Дело восстановлено</translation>
    </message>
    <message>
        <source>Timeline event added</source>
        <translation>Добавлено событие в хронологию</translation>
    </message>
    <message>
        <source>an entry was altered</source>
        <translation>запись была изменена</translation>
    </message>
    <message>
        <source>entries were reordered or replaced</source>
        <translation>записи переставлены или заменены</translation>
    </message>
    <message>
        <source>an entry was removed</source>
        <translation>запись была удалена</translation>
    </message>
    <message>
        <source>the latest entries were removed</source>
        <translation>последние записи были удалены</translation>
    </message>
    <message>
        <source>Audit log</source>
        <translation>Журнал аудита</translation>
    </message>
    <message>
        <source>Every change to the vault is recorded here, linked so that a removed or altered entry is detected. Case contents are never written to this log.</source>
        <translation>Здесь записывается каждое изменение в хранилище. Записи связаны между собой, поэтому удаление или изменение записи будет обнаружено. Содержимое дел в этот журнал не попадает.</translation>
    </message>
    <message>
        <source>Audit entries</source>
        <translation>Записи аудита</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>№</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Когда</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Кто</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Что</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Запись</translation>
    </message>
    <message>
        <source>&amp;Verify chain</source>
        <translation>&amp;Проверить цепочку</translation>
    </message>
    <message>
        <source>Verify chain</source>
        <translation>Проверить цепочку</translation>
    </message>
    <message>
        <source>Show &amp;older entries</source>
        <translation>Показать более &amp;старые записи</translation>
    </message>
    <message>
        <source>Show older entries</source>
        <translation>Показать более старые записи</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Обновить</translation>
    </message>
    <message>
        <source>Refresh audit log</source>
        <translation>Обновить журнал аудита</translation>
    </message>
    <message>
        <source>Verification result</source>
        <translation>Результат проверки</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Проверка…</translation>
    </message>
    <message>
        <source>The log is intact: %1 entries checked.</source>
        <translation>Журнал не нарушен: проверено записей — %1.</translation>
    </message>
    <message>
        <source>The log was tampered with at entry %1: %2.</source>
        <translation>Журнал подделан в записи %1: %2.</translation>
    </message>
    <message>
        <source>Database re-encrypted with a new key</source>
        <translation>База перешифрована новым ключом</translation>
    </message>
    <message>
        <source>Recovery code replaced</source>
        <translation>Код восстановления заменён</translation>
    </message>
    <message>
        <source>Case erased at the man's request</source>
        <translation>Дело стёрто по просьбе человека</translation>
    </message>
    <message>
        <source>Case received from a bundle</source>
        <translation>Дело получено из пакета</translation>
    </message>
    <message>
        <source>Case changed by a bundle</source>
        <translation>Дело изменено пакетом</translation>
    </message>
    <message>
        <source>Possible duplicates linked</source>
        <translation>Возможные дубликаты связаны</translation>
    </message>
    <message>
        <source>Link between cases removed</source>
        <translation>Связь между делами удалена</translation>
    </message>
    <message>
        <source>Merged cases separated</source>
        <translation>Объединённые дела разделены</translation>
    </message>
    <message>
        <source>Copy of everything held on the man made</source>
        <translation>Сделана копия всех данных о человеке</translation>
    </message>
    <message>
        <source>A partner closed their copy</source>
        <translation>Партнёр закрыл свою копию</translation>
    </message>
    <message>
        <source>Attachment added</source>
        <translation>Вложение добавлено</translation>
    </message>
    <message>
        <source>Attachment received from a bundle</source>
        <translation>Вложение получено из пакета</translation>
    </message>
    <message>
        <source>Attachment deleted</source>
        <translation>Вложение удалено</translation>
    </message>
    <message>
        <source>Attachment copied out of the vault</source>
        <translation>Вложение скопировано из хранилища</translation>
    </message>
    <message>
        <source>Evaluator added</source>
        <translation>Проверяющий добавлен</translation>
    </message>
    <message>
        <source>Draft evaluation started</source>
        <translation>Начат черновик оценки</translation>
    </message>
    <message>
        <source>Draft evaluation edited</source>
        <translation>Черновик оценки изменён</translation>
    </message>
    <message>
        <source>Draft evaluation deleted</source>
        <translation>Черновик оценки удалён</translation>
    </message>
    <message>
        <source>Evaluation signed</source>
        <translation>Оценка подписана</translation>
    </message>
    <message>
        <source>Evaluation corrected</source>
        <translation>Оценка исправлена</translation>
    </message>
    <message>
        <source>Evaluation received from a bundle</source>
        <translation>Оценка получена из пакета</translation>
    </message>
    <message>
        <source>Bundle sent</source>
        <translation>Пакет отправлен</translation>
    </message>
    <message>
        <source>Bundle received</source>
        <translation>Пакет получен</translation>
    </message>
    <message>
        <source>Sent without the man's consent (reason recorded)</source>
        <translation>Отправлено без согласия человека (причина записана)</translation>
    </message>
    <message>
        <source>Conflict resolved</source>
        <translation>Конфликт разрешён</translation>
    </message>
    <message>
        <source>Erased on a partner's erasure notice</source>
        <translation>Стёрто по уведомлению партнёра о стирании</translation>
    </message>
    <message>
        <source>Consent recorded</source>
        <translation>Согласие записано</translation>
    </message>
    <message>
        <source>Consent withdrawn</source>
        <translation>Согласие отозвано</translation>
    </message>
    <message>
        <source>Our keys rotated</source>
        <translation>Наши ключи заменены</translation>
    </message>
    <message>
        <source>Our keys revoked</source>
        <translation>Наши ключи отозваны</translation>
    </message>
    <message>
        <source>Partner added</source>
        <translation>Партнёр добавлен</translation>
    </message>
    <message>
        <source>Partner's new identity card added</source>
        <translation>Добавлена новая карточка организации партнёра</translation>
    </message>
    <message>
        <source>Partner verified</source>
        <translation>Партнёр подтверждён</translation>
    </message>
    <message>
        <source>Partner revoked</source>
        <translation>Партнёр отозван</translation>
    </message>
    <message>
        <source>Partner's redaction profile changed</source>
        <translation>Профиль скрытия партнёра изменён</translation>
    </message>
    <message>
        <source>Partner's keys changed</source>
        <translation>Ключи партнёра сменились</translation>
    </message>
    <message>
        <source>Partner's keys revoked</source>
        <translation>Ключи партнёра отозваны</translation>
    </message>
    <message>
        <source>Redaction profile saved</source>
        <translation>Профиль скрытия сохранён</translation>
    </message>
    <message>
        <source>Identity card exported</source>
        <translation>Карточка организации выгружена</translation>
    </message>
    <message>
        <source>Key change announced to partners</source>
        <translation>Партнёрам сообщено о смене ключей</translation>
    </message>
    <message>
        <source>Request to join the organisation made</source>
        <translation>Создан запрос на подключение к организации</translation>
    </message>
    <message>
        <source>Laptop enrolled</source>
        <translation>Ноутбук подключён</translation>
    </message>
    <message>
        <source>Laptop removed</source>
        <translation>Ноутбук удалён</translation>
    </message>
    <message>
        <source>Clearance rule changed</source>
        <translation>Правило допуска изменено</translation>
    </message>
    <message>
        <source>Wrong-passphrase limit changed</source>
        <translation>Изменён предел неверных парольных фраз</translation>
    </message>
    <message>
        <source>Unsaved changes kept when the vault locked</source>
        <translation>Несохранённые изменения сохранены при блокировке хранилища</translation>
    </message>
    <message>
        <source>Kept changes restored to an editor</source>
        <translation>Сохранённые изменения возвращены в редактор</translation>
    </message>
    <message>
        <source>Kept changes discarded</source>
        <translation>Сохранённые изменения отброшены</translation>
    </message>
    <message>
        <source>Duress passphrase setting changed</source>
        <translation>Изменена настройка парольной фразы под принуждением</translation>
    </message>
    <message>
        <source>Transport folders set</source>
        <translation>Заданы папки обмена</translation>
    </message>
    <message>
        <source>Transport folders forgotten</source>
        <translation>Папки обмена забыты</translation>
    </message>
    <message>
        <source>Inbox file handled</source>
        <translation>Обработан файл из папки входящих</translation>
    </message>
    <message>
        <source>Laptop keys made</source>
        <translation>Созданы ключи ноутбука</translation>
    </message>
    <message>
        <source>Laptop keys certified by the organisation</source>
        <translation>Ключи ноутбука заверены организацией</translation>
    </message>
    <message>
        <source>Revoked laptop noted</source>
        <translation>Принят отзыв ноутбука</translation>
    </message>
    <message>
        <source>Organisation keys removed from this laptop</source>
        <translation>Ключи организации удалены с этого ноутбука</translation>
    </message>
</context>
<context>
    <name>CaseEditor</name>
    <message>
        <source>&amp;Undo last save</source>
        <translation>&amp;Отменить последнее сохранение</translation>
    </message>
    <message>
        <source>Undo last save</source>
        <translation>Отменить последнее сохранение</translation>
    </message>
    <message>
        <source>Put back the values from before the last save</source>
        <translation>Вернуть значения, которые были до последнего сохранения</translation>
    </message>
    <message>
        <source>Case editor</source>
        <translation>Редактор дела</translation>
    </message>
    <message>
        <source>&amp;Timeline</source>
        <translation>&amp;Хронология</translation>
    </message>
    <message>
        <source>Save problem</source>
        <translation>Ошибка сохранения</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Сохранить</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Сохранить</translation>
    </message>
    <message>
        <source>Save (Ctrl+S)</source>
        <translation>Сохранить (Ctrl+S)</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Закрыть</translation>
    </message>
    <message>
        <source>New case</source>
        <translation>Новое дело</translation>
    </message>
    <message>
        <source>Case: %1</source>
        <translation>Дело: %1</translation>
    </message>
    <message>
        <source>(no name)</source>
        <translation>(без имени)</translation>
    </message>
    <message>
        <source>Not saved: correct the marked field.</source>
        <translation>Не сохранено: исправьте отмеченное поле.</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Несохранённые изменения</translation>
    </message>
    <message>
        <source>This case has changes that are not saved.</source>
        <translation>В этом деле есть несохранённые изменения.</translation>
    </message>
    <message>
        <source>Save them before closing?</source>
        <translation>Сохранить их перед закрытием?</translation>
    </message>
</context>
<context>
    <name>CaseForm</name>
    <message>
        <source>Case details</source>
        <translation>Сведения по делу</translation>
    </message>
    <message>
        <source>&amp;Person</source>
        <translation>&amp;Человек</translation>
    </message>
    <message>
        <source>&amp;Military service</source>
        <translation>&amp;Военная служба</translation>
    </message>
    <message>
        <source>&amp;Situation</source>
        <translation>&amp;Положение</translation>
    </message>
    <message>
        <source>N&amp;otes</source>
        <translation>&amp;Заметки</translation>
    </message>
    <message>
        <source>Problem: %1</source>
        <translation>Ошибка: %1</translation>
    </message>
    <message>
        <source>Name in Cyrillic</source>
        <translation>Имя кириллицей</translation>
    </message>
    <message>
        <source>Surname:</source>
        <translation>Фамилия:</translation>
    </message>
    <message>
        <source>Given name:</source>
        <translation>Имя:</translation>
    </message>
    <message>
        <source>Patronymic:</source>
        <translation>Отчество:</translation>
    </message>
    <message>
        <source>Name in Latin letters</source>
        <translation>Имя латиницей</translation>
    </message>
    <message>
        <source>Aliases:</source>
        <translation>Другие имена:</translation>
    </message>
    <message>
        <source>Aliases</source>
        <translation>Другие имена</translation>
    </message>
    <message>
        <source>separated by commas</source>
        <translation>через запятую</translation>
    </message>
    <message>
        <source>Date of birth:</source>
        <translation>Дата рождения:</translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation>Дата рождения</translation>
    </message>
    <message>
        <source>YYYY-MM-DD</source>
        <translation>ГГГГ-ММ-ДД</translation>
    </message>
    <message>
        <source>Place of birth:</source>
        <translation>Место рождения:</translation>
    </message>
    <message>
        <source>Place of birth</source>
        <translation>Место рождения</translation>
    </message>
    <message>
        <source>Languages:</source>
        <translation>Языки:</translation>
    </message>
    <message>
        <source>Languages</source>
        <translation>Языки</translation>
    </message>
    <message>
        <source>codes, e.g. ru, en</source>
        <translation>коды, например ru, en</translation>
    </message>
    <message>
        <source>Service:</source>
        <translation>Служба:</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Служба</translation>
    </message>
    <message>
        <source>Unit:</source>
        <translation>Часть:</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Часть</translation>
    </message>
    <message>
        <source>Rank:</source>
        <translation>Звание:</translation>
    </message>
    <message>
        <source>Rank</source>
        <translation>Звание</translation>
    </message>
    <message>
        <source>Call-up date:</source>
        <translation>Дата призыва:</translation>
    </message>
    <message>
        <source>Call-up date</source>
        <translation>Дата призыва</translation>
    </message>
    <message>
        <source>Proof of call-up:</source>
        <translation>Подтверждение призыва:</translation>
    </message>
    <message>
        <source>Proof of call-up</source>
        <translation>Подтверждение призыва</translation>
    </message>
    <message>
        <source>e.g. summons, photo</source>
        <translation>например, повестка, фото</translation>
    </message>
    <message>
        <source>Status:</source>
        <translation>Статус:</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <source>Risk:</source>
        <translation>Риск:</translation>
    </message>
    <message>
        <source>Risk</source>
        <translation>Риск</translation>
    </message>
    <message>
        <source>Country now:</source>
        <translation>Страна сейчас:</translation>
    </message>
    <message>
        <source>Country now</source>
        <translation>Страна сейчас</translation>
    </message>
    <message>
        <source>two letters, e.g. KZ</source>
        <translation>две буквы, например KZ</translation>
    </message>
    <message>
        <source>City:</source>
        <translation>Город:</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Город</translation>
    </message>
    <message>
        <source>Contact channel:</source>
        <translation>Канал связи:</translation>
    </message>
    <message>
        <source>Contact channel</source>
        <translation>Канал связи</translation>
    </message>
    <message>
        <source>most sensitive field</source>
        <translation>самое чувствительное поле</translation>
    </message>
    <message>
        <source>Caseworker:</source>
        <translation>Куратор:</translation>
    </message>
    <message>
        <source>Caseworker</source>
        <translation>Куратор</translation>
    </message>
    <message>
        <source>Tags:</source>
        <translation>Метки:</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Метки</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Заметки</translation>
    </message>
</context>
<context>
    <name>CaseListView</name>
    <message>
        <source>Clearance filter</source>
        <translation>Фильтр по допуску</translation>
    </message>
    <message>
        <source>Any clearance</source>
        <translation>Любой допуск</translation>
    </message>
    <message>
        <source>Cleared</source>
        <translation>Допущен</translation>
    </message>
    <message>
        <source>Screening not finished</source>
        <translation>Проверка не завершена</translation>
    </message>
    <message>
        <source>Not cleared</source>
        <translation>Не допущен</translation>
    </message>
    <message>
        <source>Not screened yet</source>
        <translation>Ещё не проверен</translation>
    </message>
    <message>
        <source>Cases</source>
        <translation>Дела</translation>
    </message>
    <message>
        <source>Search names, aliases, notes, timeline (Ctrl+F)</source>
        <translation>Поиск: имена, заметки, события (Ctrl+F)</translation>
    </message>
    <message>
        <source>Search cases</source>
        <translation>Поиск дел</translation>
    </message>
    <message>
        <source>Status filter</source>
        <translation>Фильтр по статусу</translation>
    </message>
    <message>
        <source>Any status</source>
        <translation>Любой статус</translation>
    </message>
    <message>
        <source>Risk filter</source>
        <translation>Фильтр по риску</translation>
    </message>
    <message>
        <source>Any risk</source>
        <translation>Любой риск</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Страна</translation>
    </message>
    <message>
        <source>Country filter</source>
        <translation>Фильтр по стране</translation>
    </message>
    <message>
        <source>Tag</source>
        <translation>Метка</translation>
    </message>
    <message>
        <source>Tag filter</source>
        <translation>Фильтр по метке</translation>
    </message>
    <message>
        <source>Case list</source>
        <translation>Список дел</translation>
    </message>
    <message>
        <source>Number of cases</source>
        <translation>Число дел</translation>
    </message>
    <message>
        <source>&amp;New case</source>
        <translation>&amp;Новое дело</translation>
    </message>
    <message>
        <source>New case</source>
        <translation>Новое дело</translation>
    </message>
    <message>
        <source>New case (Ctrl+N)</source>
        <translation>Новое дело (Ctrl+N)</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Открыть</translation>
    </message>
    <message>
        <source>Open case</source>
        <translation>Открыть дело</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Удалить</translation>
    </message>
    <message>
        <source>Delete case</source>
        <translation>Удалить дело</translation>
    </message>
    <message>
        <source>Deleted case notice</source>
        <translation>Сообщение об удалённом деле</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Отменить</translation>
    </message>
    <message>
        <source>Undo delete</source>
        <translation>Отменить удаление</translation>
    </message>
    <message>
        <source>Case list problem</source>
        <translation>Ошибка списка дел</translation>
    </message>
    <message>
        <source>%1 cases</source>
        <translation>Дел: %1</translation>
    </message>
    <message>
        <source>%1 of %2 cases shown</source>
        <translation>Показано %1 из %2</translation>
    </message>
    <message>
        <source>(no name)</source>
        <translation>(без имени)</translation>
    </message>
    <message>
        <source>Deleted: %1</source>
        <translation>Удалено: %1</translation>
    </message>
</context>
<context>
    <name>CaseTableModel</name>
    <message>
        <source>Name</source>
        <translation>Имя</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <source>Risk</source>
        <translation>Риск</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Страна</translation>
    </message>
    <message>
        <source>Born</source>
        <translation>Родился</translation>
    </message>
    <message>
        <source>Last change</source>
        <translation>Изменено</translation>
    </message>
    <message>
        <source>(no name)</source>
        <translation>(без имени)</translation>
    </message>
</context>
<context>
    <name>ConfirmCodePage</name>
    <message>
        <source>Check your recovery code</source>
        <translation>Проверьте код восстановления</translation>
    </message>
    <message>
        <source>Type the third group of four characters from the paper (not from the screen).</source>
        <translation>Введите третью группу из четырёх знаков — с бумаги, а не с экрана.</translation>
    </message>
    <message>
        <source>Third group of the recovery code</source>
        <translation>Третья группа кода восстановления</translation>
    </message>
    <message>
        <source>Recovery code check result</source>
        <translation>Результат проверки кода</translation>
    </message>
    <message>
        <source>Third &amp;group:</source>
        <translation>Третья &amp;группа:</translation>
    </message>
    <message>
        <source>That does not match. Go back and check what you wrote.</source>
        <translation>Не совпадает. Вернитесь назад и проверьте, что вы записали.</translation>
    </message>
</context>
<context>
    <name>FirstRunWizard</name>
    <message>
        <source>Set up CaseVault</source>
        <translation>Настройка CaseVault</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>CaseVault</source>
        <translation>CaseVault</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Файл</translation>
    </message>
    <message>
        <source>&amp;New case</source>
        <translation>&amp;Новое дело</translation>
    </message>
    <message>
        <source>&amp;Lock</source>
        <translation>&amp;Заблокировать</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Выход</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Правка</translation>
    </message>
    <message>
        <source>&amp;Find cases</source>
        <translation>&amp;Найти дела</translation>
    </message>
    <message>
        <source>&amp;Partners</source>
        <translation>П&amp;артнёры</translation>
    </message>
    <message>
        <source>Screening…</source>
        <translation>Проверка…</translation>
    </message>
    <message>
        <source>Partners and keys…</source>
        <translation>Партнёры и ключи…</translation>
    </message>
    <message>
        <source>Import a bundle…</source>
        <translation>Импорт пакета…</translation>
    </message>
    <message>
        <source>Export a bundle…</source>
        <translation>Экспорт пакета…</translation>
    </message>
    <message>
        <source>Coming in a later version.</source>
        <translation>Появится в следующей версии.</translation>
    </message>
    <message>
        <source>&amp;Settings</source>
        <translation>&amp;Настройки</translation>
    </message>
    <message>
        <source>&amp;Auto-lock…</source>
        <translation>&amp;Автоблокировка…</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Язык</translation>
    </message>
    <message>
        <source>CaseVault — %1</source>
        <translation>CaseVault — %1</translation>
    </message>
    <message>
        <source>The vault is locked.</source>
        <translation>Хранилище заблокировано.</translation>
    </message>
    <message>
        <source>The vault was locked after %1 minutes without activity.</source>
        <translation>Хранилище заблокировано после бездействия (минут: %1).</translation>
    </message>
    <message>
        <source>Auto-lock</source>
        <translation>Автоблокировка</translation>
    </message>
    <message>
        <source>Lock the vault after this many minutes without activity (0 = never):</source>
        <translation>Блокировать хранилище после стольких минут бездействия (0 — никогда):</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Язык</translation>
    </message>
    <message>
        <source>The new language will be used the next time CaseVault starts.</source>
        <translation>Новый язык будет включён при следующем запуске CaseVault.</translation>
    </message>
</context>
<context>
    <name>Messages</name>
    <message>
        <source>That recovery code does not open this vault. Check each group of four.</source>
        <translation>Этот код восстановления не открывает хранилище. Проверьте каждую группу из четырёх знаков.</translation>
    </message>
    <message>
        <source>Wrong passphrase. Check the keyboard layout and Caps Lock, then try again.</source>
        <translation>Неверная парольная фраза. Проверьте раскладку клавиатуры и Caps Lock и попробуйте ещё раз.</translation>
    </message>
    <message>
        <source>This vault is already open in another CaseVault window. Close it first.</source>
        <translation>Это хранилище уже открыто в другом окне CaseVault. Сначала закройте его.</translation>
    </message>
    <message>
        <source>There is no vault in this folder.</source>
        <translation>В этой папке нет хранилища.</translation>
    </message>
    <message>
        <source>The vault folder already contains other files. Choose an empty folder.</source>
        <translation>В папке хранилища уже есть другие файлы. Выберите пустую папку.</translation>
    </message>
    <message>
        <source>The vault&apos;s key file is damaged or was changed. Restore it from a backup; the case data itself has not been touched.</source>
        <translation>Файл ключей хранилища повреждён или изменён. Восстановите его из резервной копии; сами данные дел не затронуты.</translation>
    </message>
    <message>
        <source>The vault&apos;s database is damaged or belongs to another vault.</source>
        <translation>База данных хранилища повреждена или принадлежит другому хранилищу.</translation>
    </message>
    <message>
        <source>This vault was made by a newer CaseVault. Update CaseVault to open it.</source>
        <translation>Хранилище создано более новой версией CaseVault. Обновите CaseVault, чтобы открыть его.</translation>
    </message>
    <message>
        <source>Could not write to the disk (is it full?). Nothing was changed.</source>
        <translation>Не удалось записать на диск (он заполнен?). Ничего не изменено.</translation>
    </message>
    <message>
        <source>This case is no longer in the vault.</source>
        <translation>Этого дела больше нет в хранилище.</translation>
    </message>
    <message>
        <source>This id matches several cases.</source>
        <translation>Этому номеру соответствует несколько дел.</translation>
    </message>
    <message>
        <source>This case was deleted. Restore it before editing.</source>
        <translation>Это дело удалено. Восстановите его, прежде чем изменять.</translation>
    </message>
    <message>
        <source>The passphrase must have at least %1 characters.</source>
        <translation>Парольная фраза должна содержать не меньше %1 знаков.</translation>
    </message>
    <message>
        <source>A case cannot move from “%1” to “%2”.</source>
        <translation>Дело нельзя перевести из «%1» в «%2».</translation>
    </message>
    <message>
        <source>This change is not allowed.</source>
        <translation>Это изменение не разрешено.</translation>
    </message>
    <message>
        <source>The vault could not complete this action.</source>
        <translation>Хранилище не смогло выполнить это действие.</translation>
    </message>
    <message>
        <source>A security check failed. The data may have been tampered with.</source>
        <translation>Проверка безопасности не пройдена. Возможно, данные подделаны.</translation>
    </message>
    <message>
        <source>Something went wrong. Nothing was changed. If it happens again, tell your IT contact.</source>
        <translation>Что-то пошло не так. Ничего не изменено. Если это повторится, сообщите своему техническому помощнику.</translation>
    </message>
    <message>
        <source>This is too long.</source>
        <translation>Слишком длинно.</translation>
    </message>
    <message>
        <source>Contains invisible control characters; retype it.</source>
        <translation>Содержит невидимые управляющие символы; наберите заново.</translation>
    </message>
    <message>
        <source>Must be on a single line.</source>
        <translation>Должно быть в одну строку.</translation>
    </message>
    <message>
        <source>This date is in the future.</source>
        <translation>Эта дата в будущем.</translation>
    </message>
    <message>
        <source>This date is not plausible.</source>
        <translation>Эта дата неправдоподобна.</translation>
    </message>
    <message>
        <source>Use the two-letter country code, e.g. KZ, AM, DE.</source>
        <translation>Используйте двухбуквенный код страны, например KZ, AM, DE.</translation>
    </message>
    <message>
        <source>Use two- or three-letter language codes, e.g. ru, en.</source>
        <translation>Используйте двух- или трёхбуквенные коды языков, например ru, en.</translation>
    </message>
    <message>
        <source>This cannot be empty.</source>
        <translation>Это поле не может быть пустым.</translation>
    </message>
    <message>
        <source>Not a valid date (use YYYY-MM-DD).</source>
        <translation>Неверная дата (формат ГГГГ-ММ-ДД).</translation>
    </message>
    <message>
        <source>Intake</source>
        <translation>Приём</translation>
    </message>
    <message>
        <source>Screening</source>
        <translation>Проверка</translation>
    </message>
    <message>
        <source>In hiding</source>
        <translation>В укрытии</translation>
    </message>
    <message>
        <source>In transit</source>
        <translation>В пути</translation>
    </message>
    <message>
        <source>Arrived</source>
        <translation>Прибыл</translation>
    </message>
    <message>
        <source>Asylum</source>
        <translation>Убежище</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Закрыто</translation>
    </message>
    <message>
        <source>Low</source>
        <translation>Низкий</translation>
    </message>
    <message>
        <source>Medium</source>
        <translation>Средний</translation>
    </message>
    <message>
        <source>High</source>
        <translation>Высокий</translation>
    </message>
    <message>
        <source>Critical</source>
        <translation>Критический</translation>
    </message>
    <message>
        <source>Mobilised</source>
        <translation>Мобилизован</translation>
    </message>
    <message>
        <source>Contract</source>
        <translation>Контракт</translation>
    </message>
    <message>
        <source>Conscript</source>
        <translation>Срочная служба</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Неизвестно</translation>
    </message>
    <message>
        <source>This value is not accepted.</source>
        <translation>Это значение не принимается.</translation>
    </message>
    <message>
        <source>Encrypted data could not be opened: it was changed or damaged, or it was locked with another key. Nothing was read from it.</source>
        <translation>Не удалось открыть зашифрованные данные: их изменили или повредили, либо они зашифрованы другим ключом. Из них ничего не прочитано.</translation>
    </message>
    <message>
        <source>A signature does not match: the file was changed, or it was not signed by who it claims. Nothing was accepted.</source>
        <translation>Подпись не совпадает: файл изменили, или его подписал не тот, кто в нём указан. Ничего не принято.</translation>
    </message>
    <message>
        <source>The key file's protection settings are outside what CaseVault accepts: it was tampered with or not made by CaseVault. Restore it from a backup.</source>
        <translation>Параметры защиты файла ключей выходят за пределы того, что принимает CaseVault: файл подделан или сделан не CaseVault. Восстановите его из резервной копии.</translation>
    </message>
    <message>
        <source>A key in this file is not a valid key: the file is damaged or was not made by CaseVault. Nothing was accepted.</source>
        <translation>В этом файле есть негодный ключ: файл повреждён или сделан не CaseVault. Ничего не принято.</translation>
    </message>
    <message>
        <source>The encrypted data is damaged, cut short or has bytes added: it was changed after it was made. Nothing was read from it.</source>
        <translation>Зашифрованные данные повреждены, обрезаны или в них что-то добавлено: их изменили после создания. Из них ничего не прочитано.</translation>
    </message>
    <message>
        <source>This file was not encrypted for your organisation. Nothing was read.</source>
        <translation>Этот файл зашифрован не для вашей организации. Ничего не прочитано.</translation>
    </message>
    <message>
        <source>The start of this file was changed after it was made. Nothing was read from it.</source>
        <translation>Начало этого файла изменили после его создания. Из него ничего не прочитано.</translation>
    </message>
    <message>
        <source>This item is no longer in the vault.</source>
        <translation>Этой записи больше нет в хранилище.</translation>
    </message>
    <message>
        <source>A case cannot be linked to itself.</source>
        <translation>Дело нельзя связать с самим собой.</translation>
    </message>
    <message>
        <source>Nothing was erased: the id typed does not match the case's full id.</source>
        <translation>Ничего не стёрто: введённый номер не совпадает с полным номером дела.</translation>
    </message>
    <message>
        <source>This case was not merged into another case.</source>
        <translation>Это дело не было объединено с другим делом.</translation>
    </message>
    <message>
        <source>This case was merged into another one. It can be separated again with the command “casevault case unmerge”.</source>
        <translation>Это дело было объединено с другим. Разделить их снова можно командой «casevault case unmerge».</translation>
    </message>
    <message>
        <source>This action could not be completed. Nothing was changed.</source>
        <translation>Это действие не удалось выполнить. Ничего не изменено.</translation>
    </message>
    <message>
        <source>This vault could not be updated to this version of CaseVault. It was left exactly as it was: keep a copy and ask for help before trying again.</source>
        <translation>Это хранилище не удалось обновить для этой версии CaseVault. Оно осталось точно таким, каким было: сохраните его копию и попросите помощи, прежде чем пробовать снова.</translation>
    </message>
    <message>
        <source>The disk is full, so this change could not be saved. Nothing was saved half-way and nothing already in the vault was lost. Free some space (or move the vault to a larger disk), then do it again.</source>
        <translation>Диск заполнен, поэтому это изменение не удалось сохранить. Ничего не сохранено наполовину, и ничего из того, что уже есть в хранилище, не потеряно. Освободите место (или перенесите хранилище на диск побольше) и повторите действие.</translation>
    </message>
    <message>
        <source>The vault folder is read-only (a locked USB stick, a read-only disk or folder permissions), so CaseVault cannot work in it. Nothing was changed. Copy the whole vault folder to a writable place and open it there, or make the folder writable.</source>
        <translation>Папка хранилища доступна только для чтения (флешка с защитой от записи, диск только для чтения или права доступа к папке), поэтому CaseVault не может в ней работать. Ничего не изменено. Скопируйте всю папку хранилища туда, где разрешена запись, и откройте её там, или разрешите запись в эту папку.</translation>
    </message>
    <message>
        <source>The vault's files disappeared or stopped answering: was the USB stick or disk removed? Nothing was saved half-way. Put it back and open the vault again.</source>
        <translation>Файлы хранилища пропали или перестали отвечать: может быть, флешку или диск отключили? Ничего не сохранено наполовину. Подключите флешку или диск снова и заново откройте хранилище.</translation>
    </message>
    <message>
        <source>A part of the vault's database is damaged (the key is right, but a page of the file no longer reads back as it was written). Use File → Check the vault… to see what is affected, then restore a backup copy of the vault folder or re-import the cases from your partners.</source>
        <translation>Часть базы данных хранилища повреждена (ключ верный, но страница файла читается не так, как была записана). Выберите «Файл» → «Проверить хранилище…», чтобы узнать, что затронуто, затем восстановите резервную копию папки хранилища или заново импортируйте дела от партнёров.</translation>
    </message>
</context>
<context>
    <name>OrganisationPage</name>
    <message>
        <source>Your organisation</source>
        <translation>Ваша организация</translation>
    </message>
    <message>
        <source>Partners will see this name on the case files you send them. A short form is fine.</source>
        <translation>Партнёры увидят это название в делах, которые вы им отправляете. Можно кратко.</translation>
    </message>
    <message>
        <source>Create vault</source>
        <translation>Создать хранилище</translation>
    </message>
    <message>
        <source>Organisation name</source>
        <translation>Название организации</translation>
    </message>
    <message>
        <source>Creating the vault</source>
        <translation>Создание хранилища</translation>
    </message>
    <message>
        <source>Vault creation status</source>
        <translation>Ход создания хранилища</translation>
    </message>
    <message>
        <source>Vault creation problem</source>
        <translation>Ошибка создания хранилища</translation>
    </message>
    <message>
        <source>Organisation &amp;name:</source>
        <translation>&amp;Название организации:</translation>
    </message>
    <message>
        <source>Creating the vault and your organisation&apos;s keys. This takes a few seconds…</source>
        <translation>Создаём хранилище и ключи вашей организации. Это займёт несколько секунд…</translation>
    </message>
</context>
<context>
    <name>PassphrasePage</name>
    <message>
        <source>Choose a passphrase</source>
        <translation>Придумайте парольную фразу</translation>
    </message>
    <message>
        <source>The passphrase locks all case data on this laptop. Nobody can reset it for you: keep it in your head, not on a note near the laptop.</source>
        <translation>Парольная фраза запирает все данные дел на этом ноутбуке. Никто не сможет её сбросить: держите её в голове, а не на записке рядом с ноутбуком.</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>Парольная фраза</translation>
    </message>
    <message>
        <source>Repeat passphrase</source>
        <translation>Повторите парольную фразу</translation>
    </message>
    <message>
        <source>Show what I type</source>
        <translation>Показывать вводимый текст</translation>
    </message>
    <message>
        <source>Passphrase problem</source>
        <translation>Ошибка парольной фразы</translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation>&amp;Парольная фраза:</translation>
    </message>
    <message>
        <source>&amp;Repeat it:</source>
        <translation>&amp;Повторите:</translation>
    </message>
    <message>
        <source>The two passphrases are not the same.</source>
        <translation>Парольные фразы не совпадают.</translation>
    </message>
</context>
<context>
    <name>RecoveryCodePage</name>
    <message>
        <source>Write down your recovery code</source>
        <translation>Запишите код восстановления</translation>
    </message>
    <message>
        <source>If the passphrase is forgotten, this code is the only way back into the vault. Write it on paper now and keep the paper away from the laptop. It is shown only once and is not stored anywhere.</source>
        <translation>Если парольная фраза забыта, только этот код вернёт доступ к хранилищу. Запишите его на бумагу сейчас и храните бумагу отдельно от ноутбука. Код показывается один раз и нигде не сохраняется.</translation>
    </message>
    <message>
        <source>Recovery code</source>
        <translation>Код восстановления</translation>
    </message>
    <message>
        <source>I have written the code down on paper</source>
        <translation>Я записал(а) код на бумагу</translation>
    </message>
</context>
<context>
    <name>RecoveryDialog</name>
    <message>
        <source>Open with the recovery code</source>
        <translation>Открыть кодом восстановления</translation>
    </message>
    <message>
        <source>Type the recovery code from your paper (dashes and spaces do not matter), then choose a new passphrase. The old passphrase will stop working.</source>
        <translation>Введите код восстановления с бумаги (дефисы и пробелы не важны), затем придумайте новую парольную фразу. Старая перестанет действовать.</translation>
    </message>
    <message>
        <source>Recovery code</source>
        <translation>Код восстановления</translation>
    </message>
    <message>
        <source>New passphrase</source>
        <translation>Новая парольная фраза</translation>
    </message>
    <message>
        <source>Repeat new passphrase</source>
        <translation>Повторите новую парольную фразу</translation>
    </message>
    <message>
        <source>Opening the vault</source>
        <translation>Открытие хранилища</translation>
    </message>
    <message>
        <source>Recovery problem</source>
        <translation>Ошибка восстановления</translation>
    </message>
    <message>
        <source>Open vault</source>
        <translation>Открыть хранилище</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <source>Recovery &amp;code:</source>
        <translation>&amp;Код восстановления:</translation>
    </message>
    <message>
        <source>&amp;New passphrase:</source>
        <translation>&amp;Новая парольная фраза:</translation>
    </message>
    <message>
        <source>&amp;Repeat it:</source>
        <translation>&amp;Повторите:</translation>
    </message>
    <message>
        <source>The two passphrases are not the same.</source>
        <translation>Парольные фразы не совпадают.</translation>
    </message>
</context>
<context>
    <name>StrengthMeter</name>
    <message>
        <source>Passphrase strength</source>
        <translation>Надёжность парольной фразы</translation>
    </message>
    <message>
        <source>Passphrase advice</source>
        <translation>Совет по парольной фразе</translation>
    </message>
    <message>
        <source>Too short: use at least %1 characters. Best: four or more random words that mean nothing together.</source>
        <translation>Слишком коротко: нужно не меньше %1 знаков. Лучше всего — четыре и больше случайных слов, не связанных по смыслу.</translation>
    </message>
    <message>
        <source>Weak: easy to guess. Add more words; length matters more than symbols.</source>
        <translation>Слабая: легко угадать. Добавьте слов — длина важнее спецсимволов.</translation>
    </message>
    <message>
        <source>Fair: add one or two more random words to make it strong.</source>
        <translation>Средняя: добавьте одно-два случайных слова, чтобы стала надёжной.</translation>
    </message>
    <message>
        <source>Good. Do not use this passphrase anywhere else.</source>
        <translation>Хорошая. Не используйте эту фразу больше нигде.</translation>
    </message>
    <message>
        <source>Strong. Do not use this passphrase anywhere else.</source>
        <translation>Надёжная. Не используйте эту фразу больше нигде.</translation>
    </message>
</context>
<context>
    <name>TimelinePanel</name>
    <message>
        <source>Note</source>
        <translation>Заметка</translation>
    </message>
    <message>
        <source>Call</source>
        <translation>Звонок</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>Встреча</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>Документ</translation>
    </message>
    <message>
        <source>Border crossing</source>
        <translation>Пересечение границы</translation>
    </message>
    <message>
        <source>Travel</source>
        <translation>Переезд</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>Хронология</translation>
    </message>
    <message>
        <source>Timeline events</source>
        <translation>События хронологии</translation>
    </message>
    <message>
        <source>YYYY-MM-DD</source>
        <translation>ГГГГ-ММ-ДД</translation>
    </message>
    <message>
        <source>Event date</source>
        <translation>Дата события</translation>
    </message>
    <message>
        <source>Event kind</source>
        <translation>Вид события</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>Что произошло</translation>
    </message>
    <message>
        <source>Event text</source>
        <translation>Текст события</translation>
    </message>
    <message>
        <source>&amp;Add event</source>
        <translation>&amp;Добавить событие</translation>
    </message>
    <message>
        <source>Add event</source>
        <translation>Добавить событие</translation>
    </message>
    <message>
        <source>Timeline problem</source>
        <translation>Ошибка хронологии</translation>
    </message>
    <message>
        <source>Save the case first; then you can add events to its timeline.</source>
        <translation>Сначала сохраните дело, затем можно будет добавлять события в хронологию.</translation>
    </message>
    <message>
        <source>The date must look like 2025-03-31.</source>
        <translation>Дата должна выглядеть так: 2025-03-31.</translation>
    </message>
    <message>
        <source>Write what happened.</source>
        <translation>Напишите, что произошло.</translation>
    </message>
</context>
<context>
    <name>UnlockView</name>
    <message>
        <source>Unlock the vault</source>
        <translation>Разблокировка хранилища</translation>
    </message>
    <message>
        <source>CaseVault is locked</source>
        <translation>CaseVault заблокирован</translation>
    </message>
    <message>
        <source>Enter your passphrase to open the case files.</source>
        <translation>Введите парольную фразу, чтобы открыть дела.</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>Парольная фраза</translation>
    </message>
    <message>
        <source>&amp;Unlock</source>
        <translation>&amp;Разблокировать</translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation>Разблокировать</translation>
    </message>
    <message>
        <source>Unlocking</source>
        <translation>Разблокировка</translation>
    </message>
    <message>
        <source>Unlock problem</source>
        <translation>Ошибка разблокировки</translation>
    </message>
    <message>
        <source>Forgot the passphrase? Use the &amp;recovery code</source>
        <translation>Забыли парольную фразу? Используйте &amp;код восстановления</translation>
    </message>
    <message>
        <source>Use the recovery code</source>
        <translation>Использовать код восстановления</translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation>&amp;Парольная фраза:</translation>
    </message>
</context>
<context>
    <name>Workspace</name>
    <message>
        <source>Workspace</source>
        <translation>Рабочая область</translation>
    </message>
    <message>
        <source>Sections</source>
        <translation>Разделы</translation>
    </message>
    <message>
        <source>Cases</source>
        <translation>Дела</translation>
    </message>
    <message>
        <source>Audit log</source>
        <translation>Журнал аудита</translation>
    </message>
    <message>
        <source>Screening</source>
        <translation>Проверка</translation>
    </message>
    <message>
        <source>Partners and exchange</source>
        <translation>Партнёры и обмен</translation>
    </message>
    <message>
        <source>Coming in a later version.</source>
        <translation>Появится в следующей версии.</translation>
    </message>
</context>
</TS>
