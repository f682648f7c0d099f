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
    <message>
        <source>Asylum dossier signed by the organisation</source>
        <translation>Досье для ходатайства об убежище подписано организацией</translation>
    </message>
    <message>
        <source>“Needs action” setting changed</source>
        <translation>Изменена настройка «Требует внимания»</translation>
    </message>
    <message>
        <source>Vault</source>
        <translation>Хранилище</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>Дело</translation>
    </message>
    <message>
        <source>Evaluation</source>
        <translation>Оценка</translation>
    </message>
    <message>
        <source>Evaluator</source>
        <translation>Проверяющий</translation>
    </message>
    <message>
        <source>Partner</source>
        <translation>Партнёр</translation>
    </message>
    <message>
        <source>Laptop</source>
        <translation>Ноутбук</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Организация</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Настройки</translation>
    </message>
    <message>
        <source>Redaction profile</source>
        <translation>Профиль скрытия</translation>
    </message>
    <message>
        <source>Kept changes</source>
        <translation>Сохранённые изменения</translation>
    </message>
    <message>
        <source>Bundle</source>
        <translation>Пакет</translation>
    </message>
    <message>
        <source>Consent</source>
        <translation>Согласие</translation>
    </message>
    <message>
        <source>Sending without consent</source>
        <translation>Отправка без согласия</translation>
    </message>
    <message>
        <source>Caseworker</source>
        <translation>Сотрудник</translation>
    </message>
    <message numerus="yes">
        <source>The log is intact: %n entry(s) checked.</source>
        <translation>
            <numerusform>Журнал не нарушен: проверена %n запись.</numerusform>
            <numerusform>Журнал не нарушен: проверены %n записи.</numerusform>
            <numerusform>Журнал не нарушен: проверено %n записей.</numerusform>
        </translation>
    </message>
    <message>
        <source>Derived copy of an attachment added</source>
        <translation>Добавлена производная копия вложения</translation>
    </message>
    <message>
        <source>Examination note signed on a document</source>
        <translation>Подписано заключение об осмотре документа</translation>
    </message>
    <message>
        <source>Examination note received from a bundle</source>
        <translation>Заключение об осмотре получено из пакета</translation>
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
    <message>
        <source>Co&amp;nsent</source>
        <translation>Со&amp;гласие</translation>
    </message>
    <message>
        <source>Anomalies recorded on documents</source>
        <translation>В документах отмечены несоответствия</translation>
    </message>
    <message>
        <source>Nothing to save yet: enter at least his name.</source>
        <translation>Сохранять пока нечего: введите хотя бы его имя.</translation>
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
    <message>
        <source>&amp;Status:</source>
        <translation>С&amp;татус:</translation>
    </message>
    <message>
        <source>&amp;Risk:</source>
        <translation>&amp;Риск:</translation>
    </message>
    <message>
        <source>Use suggested Latin spelling</source>
        <translation>Подставить латиницу</translation>
    </message>
    <message>
        <source>Fill the Latin name from the Cyrillic</source>
        <translation>Заполнить имя латиницей по кириллице</translation>
    </message>
    <message>
        <source>Use suggested Cyrillic spelling</source>
        <translation>Подставить кириллицу</translation>
    </message>
    <message>
        <source>Fill the Cyrillic name from the Latin</source>
        <translation>Заполнить имя кириллицей по латинице</translation>
    </message>
    <message>
        <source>Pick the date of birth</source>
        <translation>Выбрать дату рождения</translation>
    </message>
    <message>
        <source>type a name, e.g. Russian</source>
        <translation>введите название, например русский</translation>
    </message>
    <message>
        <source>Pick the call-up date</source>
        <translation>Выбрать дату призыва</translation>
    </message>
    <message>
        <source>type a name, e.g. Kazakhstan</source>
        <translation>введите название, например Казахстан</translation>
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
    <message>
        <source>Show &amp;more</source>
        <translation>Показать &amp;ещё</translation>
    </message>
    <message>
        <source>Show more cases</source>
        <translation>Показать ещё дела</translation>
    </message>
    <message>
        <source>No matching case</source>
        <translation>Подходящих дел нет</translation>
    </message>
    <message>
        <source>&amp;Clear search and filters</source>
        <translation>&amp;Сбросить поиск и фильтры</translation>
    </message>
    <message>
        <source>Clear search and filters</source>
        <translation>Сбросить поиск и фильтры</translation>
    </message>
    <message>
        <source>The first %1 matches, best first</source>
        <translation>Первые найденные (%1), лучшие сверху</translation>
    </message>
    <message>
        <source>Matches: %1, best first</source>
        <translation>Найдено: %1, лучшие сверху</translation>
    </message>
    <message>
        <source>Showing 1–%1 of %2</source>
        <translation>Показаны 1–%1 из %2</translation>
    </message>
    <message>
        <source>No case matches “%1”.</source>
        <translation>По запросу «%1» дел не найдено.</translation>
    </message>
    <message>
        <source>No case matches “%1” with these filters.</source>
        <translation>По запросу «%1» с этими фильтрами дел не найдено.</translation>
    </message>
    <message>
        <source>No case matches these filters.</source>
        <translation>С этими фильтрами дел не найдено.</translation>
    </message>
    <message numerus="yes">
        <source>%n case(s)</source>
        <translation>
            <numerusform>%n дело</numerusform>
            <numerusform>%n дела</numerusform>
            <numerusform>%n дел</numerusform>
        </translation>
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
    <message>
        <source>Cleared</source>
        <translation>Допущен</translation>
    </message>
    <message>
        <source>Not cleared</source>
        <translation>Не допущен</translation>
    </message>
    <message>
        <source>Screening not finished</source>
        <translation>Проверка не завершена</translation>
    </message>
    <message>
        <source>Not screened yet</source>
        <translation>Ещё не проверен</translation>
    </message>
    <message>
        <source>Clearance</source>
        <translation>Итог проверки</translation>
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
    <message>
        <source>Safety advice</source>
        <translation>Советы по безопасности</translation>
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
    <message>
        <source>Dossier for an as&amp;ylum application (PDF)…</source>
        <translation>Досье для ходатайства об у&amp;бежище (PDF)…</translation>
    </message>
    <message>
        <source>Our &amp;laptops and keys…</source>
        <translation>Наши &amp;ноутбуки и ключи…</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Справка</translation>
    </message>
    <message numerus="yes">
        <source>The vault was locked after %n minute(s) without activity.</source>
        <translation>
            <numerusform>Хранилище заблокировано после %n минуты бездействия.</numerusform>
            <numerusform>Хранилище заблокировано после %n минут бездействия.</numerusform>
            <numerusform>Хранилище заблокировано после %n минут бездействия.</numerusform>
        </translation>
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
    <message>
        <source>This is not a CaseVault attestation file, or it is damaged.</source>
        <translation>Это не файл подписи CaseVault (.attestation), или он повреждён.</translation>
    </message>
    <message>
        <source>The attestation's signature does NOT verify: it was changed or forged. Do not rely on this dossier; ask the organisation for it again by another route.</source>
        <translation>Подпись файла подписи НЕ проходит проверку: его изменили или подделали. Не полагайтесь на это досье; запросите его у организации заново другим путём.</translation>
    </message>
    <message>
        <source>The attestation is signed but its content is not valid. Do not rely on this dossier.</source>
        <translation>Файл подписи подписан, но его содержимое недействительно. Не полагайтесь на это досье.</translation>
    </message>
    <message>
        <source>The attestation is about another PDF: this PDF was changed after it was signed, or the two files do not belong together. Do not rely on this dossier.</source>
        <translation>Файл подписи относится к другому PDF: этот PDF изменили после подписания, или эти два файла не связаны друг с другом. Не полагайтесь на это досье.</translation>
    </message>
    <message>
        <source>The attestation is signed by other keys than the fingerprint you gave: it does not come from the organisation you expect. Do not rely on this dossier.</source>
        <translation>Файл подписи подписан не теми ключами, отпечаток которых вы указали: он не от той организации, которую вы ожидаете. Не полагайтесь на это досье.</translation>
    </message>
    <message>
        <source>Choose a country from the list, or type its two-letter code (e.g. KZ).</source>
        <translation>Выберите страну из списка или введите её двухбуквенный код (например, KZ).</translation>
    </message>
    <message>
        <source>Choose each language from the list, or type its code (e.g. ru, en).</source>
        <translation>Выберите каждый язык из списка или введите его код (например, ru, en).</translation>
    </message>
    <message>
        <source>Not a valid date: type it like the grey example, or use the calendar.</source>
        <translation>Неверная дата: введите её как в сером примере или воспользуйтесь календарём.</translation>
    </message>
    <message>
        <source>This is required.</source>
        <translation>Это поле обязательно.</translation>
    </message>
    <message>
        <source>Choose one of the values offered.</source>
        <translation>Выберите одно из предложенных значений.</translation>
    </message>
    <message>
        <source>Type a whole number.</source>
        <translation>Введите целое число.</translation>
    </message>
    <message>
        <source>This number is too small.</source>
        <translation>Это число слишком маленькое.</translation>
    </message>
    <message>
        <source>This number is too large.</source>
        <translation>Это число слишком большое.</translation>
    </message>
    <message>
        <source>This cannot be changed here.</source>
        <translation>Здесь это изменить нельзя.</translation>
    </message>
    <message>
        <source>This kind of event needs its details (a summons needs its channel).</source>
        <translation>Для такого события нужны подробности (для повестки — способ её вручения).</translation>
    </message>
    <message>
        <source>Name exactly one partner or one kind of partner.</source>
        <translation>Укажите ровно одного партнёра или один вид партнёров.</translation>
    </message>
    <message>
        <source>An oral statement needs the witness's name.</source>
        <translation>Для устного заявления нужно имя свидетеля.</translation>
    </message>
    <message>
        <source>Only an oral statement has a witness.</source>
        <translation>Свидетель бывает только у устного заявления.</translation>
    </message>
    <message>
        <source>Only a signed form has an attachment.</source>
        <translation>Вложение бывает только у подписанного бланка.</translation>
    </message>
    <message>
        <source>Say how the statement was made.</source>
        <translation>Укажите, как было сделано заявление.</translation>
    </message>
    <message>
        <source>A statement cannot be given after it was recorded.</source>
        <translation>Заявление не может быть сделано позже, чем записано.</translation>
    </message>
    <message>
        <source>The time must say its time zone.</source>
        <translation>У времени должен быть указан часовой пояс.</translation>
    </message>
    <message>
        <source>Describe the anomalies found.</source>
        <translation>Опишите найденные отклонения.</translation>
    </message>
    <message>
        <source>The vault was locked, or a case erased, while this was being read: it was stopped and nothing was changed. Try again.</source>
        <translation>Пока шло чтение, хранилище было заблокировано или дело стёрто: чтение остановлено, ничего не изменено. Попробуйте ещё раз.</translation>
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
    <message>
        <source>Summons</source>
        <translation>Повестка</translation>
    </message>
    <message>
        <source>Exit ban</source>
        <translation>Запрет на выезд</translation>
    </message>
    <message>
        <source>Desertion</source>
        <translation>Дезертирство</translation>
    </message>
    <message>
        <source>Refusal to serve</source>
        <translation>Отказ служить</translation>
    </message>
    <message>
        <source>Departure</source>
        <translation>Отъезд</translation>
    </message>
    <message>
        <source>Arrival</source>
        <translation>Прибытие</translation>
    </message>
    <message>
        <source>Asylum application filed</source>
        <translation>Подано ходатайство об убежище</translation>
    </message>
    <message>
        <source>Interview</source>
        <translation>Собеседование</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Решение</translation>
    </message>
    <message>
        <source>Paper</source>
        <translation>На бумаге</translation>
    </message>
    <message>
        <source>SMS</source>
        <translation>SMS</translation>
    </message>
    <message>
        <source>Gosuslugi register</source>
        <translation>Реестр (Госуслуги)</translation>
    </message>
    <message>
        <source>%1: %2, delivered %3</source>
        <translation>%1: %2, вручена %3</translation>
    </message>
    <message>
        <source>How the summons came</source>
        <translation>Как пришла повестка</translation>
    </message>
    <message>
        <source>Delivered on (if known)</source>
        <translation>Дата вручения (если известна)</translation>
    </message>
    <message>
        <source>Date the summons was delivered</source>
        <translation>Дата вручения повестки</translation>
    </message>
    <message>
        <source>Leave empty if unknown: a summons in the Gosuslugi register counts as delivered 7 days after it was placed; a paper or SMS summons on its date.</source>
        <translation>Оставьте пустым, если неизвестно: повестка в реестре на Госуслугах считается врученной через 7 дней после размещения; бумажная или SMS-повестка — в день вручения.</translation>
    </message>
    <message>
        <source>From (e.g. RU)</source>
        <translation>Откуда (например, RU)</translation>
    </message>
    <message>
        <source>Country left</source>
        <translation>Страна выезда</translation>
    </message>
    <message>
        <source>To (e.g. GE)</source>
        <translation>Куда (например, GE)</translation>
    </message>
    <message>
        <source>Country entered</source>
        <translation>Страна въезда</translation>
    </message>
    <message>
        <source>Use the two-letter country code, e.g. RU, GE, KZ.</source>
        <translation>Используйте двухбуквенный код страны, например RU, GE, KZ.</translation>
    </message>
    <message>
        <source>%1: %2 → %3</source>
        <translation>%1: %2 → %3</translation>
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
    <message>
        <source>Needs action</source>
        <translation>Требует внимания</translation>
    </message>
</context>
<context>
    <name>AcceptEnrolmentDialog</name>
    <message>
        <source>Accept the enrolment</source>
        <translation>Принять подключение</translation>
    </message>
    <message>
        <source>Do this on the NEW laptop, next to the laptop that enrolled it. Open the enrolment file and your organisation's identity card it gave you, then type the code the enrolling laptop shows.</source>
        <translation>Делайте это на НОВОМ ноутбуке, рядом с ноутбуком, который его подключил. Откройте файл подключения и карточку вашей организации, полученные с того ноутбука, затем введите код, который он показывает.</translation>
    </message>
    <message>
        <source>Open the &amp;enrolment file…</source>
        <translation>Открыть &amp;файл подключения…</translation>
    </message>
    <message>
        <source>Open the enrolment file</source>
        <translation>Открыть файл подключения</translation>
    </message>
    <message>
        <source>Enrolment file</source>
        <translation>Файл подключения</translation>
    </message>
    <message>
        <source>Open the organisation's &amp;card…</source>
        <translation>Открыть &amp;карточку организации…</translation>
    </message>
    <message>
        <source>Open your organisation's identity card</source>
        <translation>Открыть карточку вашей организации</translation>
    </message>
    <message>
        <source>Organisation's identity card file</source>
        <translation>Файл карточки организации</translation>
    </message>
    <message>
        <source>Code shown on the enrolling laptop</source>
        <translation>Код на подключающем ноутбуке</translation>
    </message>
    <message>
        <source>the digits the enrolling laptop shows</source>
        <translation>цифры, которые показывает подключающий ноутбук</translation>
    </message>
    <message>
        <source>Name of this laptop (optional)</source>
        <translation>Название этого ноутбука (необязательно)</translation>
    </message>
    <message>
        <source>optional, e.g. “field laptop 2”</source>
        <translation>необязательно, например «полевой ноутбук 2»</translation>
    </message>
    <message>
        <source>Check the code and &amp;join</source>
        <translation>Проверить код и &amp;подключиться</translation>
    </message>
    <message>
        <source>Check the code and join the organisation</source>
        <translation>Проверить код и подключиться к организации</translation>
    </message>
    <message>
        <source>C&amp;ode on the enrolling laptop:</source>
        <translation>К&amp;од на подключающем ноутбуке:</translation>
    </message>
    <message>
        <source>&amp;Name for this laptop:</source>
        <translation>&amp;Название этого ноутбука:</translation>
    </message>
    <message>
        <source>Open your organisation's card</source>
        <translation>Открыть карточку вашей организации</translation>
    </message>
    <message>
        <source>Could not read this file.</source>
        <translation>Не удалось прочитать этот файл.</translation>
    </message>
    <message>
        <source>Could not read the enrolment file.</source>
        <translation>Не удалось прочитать файл подключения.</translation>
    </message>
    <message>
        <source>The code you typed is not the one the enrolling laptop shows. Nothing was changed. A file may have been swapped on the way: start again, both laptops side by side, with a new join request.</source>
        <translation>Введённый код не совпадает с кодом на подключающем ноутбуке. Ничего не изменено. Возможно, файл подменили по дороге: начните заново с новым запросом на подключение, поставив оба ноутбука рядом.</translation>
    </message>
    <message>
        <source>This laptop is now a laptop of %1. Sync with your other laptops to receive the cases. Lock and unlock to see your organisation's name in the title.</source>
        <translation>Теперь этот ноутбук — ноутбук организации %1. Синхронизируйтесь с другими ноутбуками, чтобы получить дела. Заблокируйте и снова откройте хранилище, чтобы увидеть название организации в заголовке.</translation>
    </message>
    <message>
        <source>Joining…</source>
        <translation>Подключение…</translation>
    </message>
</context>
<context>
    <name>AnnounceKeysDialog</name>
    <message>
        <source>Export the key announcement</source>
        <translation>Выгрузить извещение о смене ключей</translation>
    </message>
    <message>
        <source>Writes one file for all your trusted partners, signed with your previous keys, which they still trust. Send it to each of them as you send bundles.

After a rotation, partners who import it see “keys changed” next to your name and must compare the new short code with you (by phone or in person) before they exchange with you again.
After a revocation, they stop trusting your old keys at once, and trust your new identity card only once they have verified it with you afresh.</source>
        <translation>Записывает один файл для всех ваших доверенных партнёров, подписанный вашими прежними ключами, которым они ещё доверяют. Отправьте его каждому из них так же, как вы отправляете пакеты.

После замены ключей партнёры, импортировавшие его, увидят «ключи сменились» рядом с вашим названием и должны сверить с вами новый короткий код (по телефону или лично), прежде чем снова обмениваться с вами.
После отзыва они сразу перестают доверять вашим старым ключам и доверяют вашей новой карточке организации только после того, как заново проверят её вместе с вами.</translation>
    </message>
    <message>
        <source>&amp;Write the announcement…</source>
        <translation>&amp;Записать извещение…</translation>
    </message>
    <message>
        <source>Write the key announcement to a file</source>
        <translation>Записать извещение о смене ключей в файл</translation>
    </message>
    <message>
        <source>There is no key change to announce: rotate or revoke your keys first.</source>
        <translation>Сообщать не о чем: сначала замените или отзовите ключи.</translation>
    </message>
    <message>
        <source>Save the key announcement</source>
        <translation>Сохранить извещение о смене ключей</translation>
    </message>
    <message>
        <source>Could not write the announcement to this place.</source>
        <translation>Не удалось записать извещение в это место.</translation>
    </message>
    <message numerus="yes">
        <source>Announcement for %n partner(s) written to %1.</source>
        <translation>
            <numerusform>Извещение для %n партнёра записано в %1.</numerusform>
            <numerusform>Извещение для %n партнёров записано в %1.</numerusform>
            <numerusform>Извещение для %n партнёров записано в %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Writing the announcement…</source>
        <translation>Запись извещения…</translation>
    </message>
</context>
<context>
    <name>AsylumDossierDialog</name>
    <message>
        <source>Dossier for an asylum application</source>
        <translation>Досье для ходатайства об убежище</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Предупреждение</translation>
    </message>
    <message>
        <source>Language of the dossier</source>
        <translation>Язык досье</translation>
    </message>
    <message>
        <source>Fields to include (redaction profile)</source>
        <translation>Какие поля включить (профиль скрытия)</translation>
    </message>
    <message>
        <source>&amp;Language of the dossier:</source>
        <translation>&amp;Язык досье:</translation>
    </message>
    <message>
        <source>&amp;Fields to include:</source>
        <translation>&amp;Какие поля включить:</translation>
    </message>
    <message>
        <source>The dossier is written in the language chosen here, whatever the language of the app. The organisation signs it: a file ending in .attestation is saved beside the PDF; send both.</source>
        <translation>Досье составляется на выбранном здесь языке, каким бы ни был язык программы. Организация подписывает его: рядом с PDF сохраняется файл с окончанием .attestation; отправляйте оба файла.</translation>
    </message>
    <message>
        <source>Preparing the dossier</source>
        <translation>Подготовка досье</translation>
    </message>
    <message>
        <source>Dossier preview</source>
        <translation>Предпросмотр досье</translation>
    </message>
    <message>
        <source>Dossier status</source>
        <translation>Состояние досье</translation>
    </message>
    <message>
        <source>&amp;Save as signed PDF…</source>
        <translation>&amp;Сохранить как подписанный PDF…</translation>
    </message>
    <message>
        <source>Save the dossier as a signed PDF</source>
        <translation>Сохранить досье как подписанный PDF</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Закрыть</translation>
    </message>
    <message>
        <source>asylum-dossier.pdf</source>
        <translation>досье-убежище.pdf</translation>
    </message>
    <message>
        <source>Could not write the PDF there. Choose another place.</source>
        <translation>Не удалось записать PDF в это место. Выберите другое.</translation>
    </message>
    <message>
        <source>Dossier and its attestation saved. Remember: the files are not encrypted.</source>
        <translation>Досье и файл подписи (.attestation) сохранены. Помните: файлы не зашифрованы.</translation>
    </message>
</context>
<context>
    <name>CaseActions</name>
    <message>
        <source>&amp;Case</source>
        <translation>&amp;Дело</translation>
    </message>
    <message>
        <source>&amp;Merge with…</source>
        <translation>&amp;Объединить с…</translation>
    </message>
    <message>
        <source>&amp;Unmerge…</source>
        <translation>&amp;Разделить…</translation>
    </message>
    <message>
        <source>Cop&amp;y of his data…</source>
        <translation>&amp;Копия его данных…</translation>
    </message>
    <message>
        <source>&amp;Erase this man's data…</source>
        <translation>&amp;Стереть данные этого человека…</translation>
    </message>
    <message>
        <source>Select a case in the list first.</source>
        <translation>Сначала выберите дело в списке.</translation>
    </message>
    <message>
        <source>No case was merged into this one.</source>
        <translation>С этим делом не объединено ни одно другое.</translation>
    </message>
</context>
<context>
    <name>ConsentDialog</name>
    <message>
        <source>Withdraw consent</source>
        <translation>Отзыв согласия</translation>
    </message>
    <message>
        <source>Record consent</source>
        <translation>Запись согласия</translation>
    </message>
    <message>
        <source>One &amp;partner</source>
        <translation>Один &amp;партнёр</translation>
    </message>
    <message>
        <source>Every partner of a &amp;kind</source>
        <translation>Все партнёры одного &amp;типа</translation>
    </message>
    <message>
        <source>Partner</source>
        <translation>Партнёр</translation>
    </message>
    <message>
        <source>Kind of partner</source>
        <translation>Тип партнёра</translation>
    </message>
    <message>
        <source>How he said it</source>
        <translation>Как он это выразил</translation>
    </message>
    <message>
        <source>Witness</source>
        <translation>Свидетель</translation>
    </message>
    <message>
        <source>Name of the person who heard him</source>
        <translation>Имя человека, который это слышал</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Заметка</translation>
    </message>
    <message>
        <source>Attach the signed &amp;form…</source>
        <translation>Приложить подписанную &amp;форму…</translation>
    </message>
    <message>
        <source>Attach the signed form</source>
        <translation>Приложить подписанную форму</translation>
    </message>
    <message>
        <source>No form attached (optional).</source>
        <translation>Форма не приложена (необязательно).</translation>
    </message>
    <message>
        <source>&amp;How he said it:</source>
        <translation>&amp;Как он это выразил:</translation>
    </message>
    <message>
        <source>Wi&amp;tness:</source>
        <translation>С&amp;видетель:</translation>
    </message>
    <message>
        <source>N&amp;ote:</source>
        <translation>&amp;Заметка:</translation>
    </message>
    <message>
        <source>Signed form:</source>
        <translation>Подписанная форма:</translation>
    </message>
    <message>
        <source>&amp;Withdraw…</source>
        <translation>&amp;Отозвать…</translation>
    </message>
    <message>
        <source>&amp;Record</source>
        <translation>З&amp;аписать</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
</context>
<context>
    <name>ConsentModel</name>
    <message>
        <source>Signed form</source>
        <translation>Подписанная форма</translation>
    </message>
    <message>
        <source>Said before a witness</source>
        <translation>Сказал при свидетеле</translation>
    </message>
    <message>
        <source>Message from him (messenger, e-mail)</source>
        <translation>Сообщение от него (мессенджер, эл. почта)</translation>
    </message>
    <message>
        <source>Other (see the note)</source>
        <translation>Другое (см. заметку)</translation>
    </message>
    <message>
        <source>transit NGOs</source>
        <translation>транзитные НКО</translation>
    </message>
    <message>
        <source>associations</source>
        <translation>объединения</translation>
    </message>
    <message>
        <source>lawyers</source>
        <translation>юристы</translation>
    </message>
    <message>
        <source>authorities</source>
        <translation>органы власти</translation>
    </message>
    <message>
        <source>other partners</source>
        <translation>другие партнёры</translation>
    </message>
    <message>
        <source>Every partner among %1</source>
        <translation>Все партнёры: %1</translation>
    </message>
    <message>
        <source>No consent</source>
        <translation>Согласия нет</translation>
    </message>
    <message>
        <source>Withdrawn later</source>
        <translation>Позже отозвано</translation>
    </message>
    <message>
        <source>Counts</source>
        <translation>Действует</translation>
    </message>
    <message>
        <source>Statement</source>
        <translation>Заявление</translation>
    </message>
    <message>
        <source>For</source>
        <translation>Для кого</translation>
    </message>
    <message>
        <source>How</source>
        <translation>Как</translation>
    </message>
    <message>
        <source>Witness</source>
        <translation>Свидетель</translation>
    </message>
    <message>
        <source>Given on</source>
        <translation>Дата</translation>
    </message>
    <message>
        <source>Now</source>
        <translation>Сейчас</translation>
    </message>
    <message>
        <source>Agreed</source>
        <translation>Согласен</translation>
    </message>
    <message>
        <source>Withdrew or refused</source>
        <translation>Отозвал или отказал</translation>
    </message>
</context>
<context>
    <name>ConsentPanel</name>
    <message>
        <source>Consent</source>
        <translation>Согласие</translation>
    </message>
    <message>
        <source>Save the case first; then you can record his consent.</source>
        <translation>Сначала сохраните дело; затем можно будет записать его согласие.</translation>
    </message>
    <message>
        <source>Consent statements of this case</source>
        <translation>Заявления о согласии по этому делу</translation>
    </message>
    <message>
        <source>&amp;Record consent…</source>
        <translation>&amp;Записать согласие…</translation>
    </message>
    <message>
        <source>Record consent</source>
        <translation>Записать согласие</translation>
    </message>
    <message>
        <source>He agreed that his file may go to a partner (or to a kind of partner)</source>
        <translation>Он согласился, чтобы его дело передали партнёру (или партнёрам одного типа)</translation>
    </message>
    <message>
        <source>&amp;Withdraw…</source>
        <translation>&amp;Отозвать…</translation>
    </message>
    <message>
        <source>Withdraw consent</source>
        <translation>Отозвать согласие</translation>
    </message>
    <message>
        <source>He withdrew (or refused) consent: his file no longer goes there</source>
        <translation>Он отозвал согласие (или отказал): его дело больше туда не передаётся</translation>
    </message>
    <message>
        <source>Working</source>
        <translation>Выполняется</translation>
    </message>
    <message>
        <source>Consent problem</source>
        <translation>Проблема с согласием</translation>
    </message>
    <message>
        <source>Record that he withdrew consent for %1?</source>
        <translation>Записать, что он отозвал согласие для %1?</translation>
    </message>
    <message>
        <source>From now on his file is not sent there unless someone writes a reason, which is audited. Earlier statements stay in the history.</source>
        <translation>С этого момента его дело туда не отправляется, если только кто-то не укажет причину; это записывается в журнал аудита. Прежние заявления остаются в истории.</translation>
    </message>
    <message>
        <source>&amp;Withdraw</source>
        <translation>&amp;Отозвать</translation>
    </message>
</context>
<context>
    <name>DeriveDialog</name>
    <message>
        <source>Add a derived copy</source>
        <translation>Добавить производную копию</translation>
    </message>
    <message>
        <source>A crop or redaction of “%1”. It is stored as a new attachment that names its original; the original stays as it is.</source>
        <translation>Обрезанная или отредактированная версия «%1». Она сохраняется как новое вложение со ссылкой на оригинал; оригинал остаётся без изменений.</translation>
    </message>
    <message>
        <source>No file chosen</source>
        <translation>Файл не выбран</translation>
    </message>
    <message>
        <source>Chosen file</source>
        <translation>Выбранный файл</translation>
    </message>
    <message>
        <source>&amp;Choose file…</source>
        <translation>&amp;Выбрать файл…</translation>
    </message>
    <message>
        <source>Choose file</source>
        <translation>Выбрать файл</translation>
    </message>
    <message>
        <source>How it was made</source>
        <translation>Как она сделана</translation>
    </message>
    <message>
        <source>e.g. cropped to the stamp; phone number hidden</source>
        <translation>например, обрезано до печати; номер телефона скрыт</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Проблема</translation>
    </message>
    <message>
        <source>File:</source>
        <translation>Файл:</translation>
    </message>
    <message>
        <source>&amp;How it was made:</source>
        <translation>&amp;Как она сделана:</translation>
    </message>
    <message>
        <source>&amp;Add copy</source>
        <translation>&amp;Добавить копию</translation>
    </message>
    <message>
        <source>Add copy</source>
        <translation>Добавить копию</translation>
    </message>
    <message>
        <source>Choose the file of the copy.</source>
        <translation>Выберите файл копии.</translation>
    </message>
    <message>
        <source>Say how the copy was made.</source>
        <translation>Укажите, как сделана копия.</translation>
    </message>
</context>
<context>
    <name>DropOrgKeysDialog</name>
    <message>
        <source>Keep the organisation's keys off this laptop</source>
        <translation>Не хранить ключи организации на этом ноутбуке</translation>
    </message>
    <message>
        <source>Recommended for everyday laptops: keep your organisation's keys on one or two well-protected office laptops only (full-disk encryption, not carried across borders, not used for e-mail). An everyday laptop then syncs, exports and imports with its own keys, and if it is seized you remove it alone: partners need do nothing.

WARNING: this removes the organisation's private keys from this laptop for good. It can then no longer enrol laptops, rotate keys, sign evaluations or identity cards. Do this only after this laptop has synced once with an office laptop, and only if another laptop keeps the keys: without one, nobody can do these things again. Older backups of this vault still hold the keys: replace or destroy them.</source>
        <translation>Рекомендуется для повседневных ноутбуков: храните ключи организации только на одном-двух хорошо защищённых офисных ноутбуках (полное шифрование диска, не возить через границы, не использовать для почты). Тогда повседневный ноутбук синхронизирует, выгружает и импортирует пакеты своими ключами, и если его изымут, вы удалите только его: партнёрам ничего делать не придётся.

ВНИМАНИЕ: закрытые ключи организации удаляются с этого ноутбука навсегда. После этого он не сможет подключать ноутбуки, заменять ключи, подписывать оценки и карточки организации. Делайте это только после того, как этот ноутбук хотя бы раз синхронизировался с офисным ноутбуком, и только если ключи хранятся на другом ноутбуке: без него никто больше не сможет этого делать. В старых резервных копиях этого хранилища ключи остаются: замените или уничтожьте их.</translation>
    </message>
    <message>
        <source>&amp;Another laptop of our organisation keeps the organisation's keys</source>
        <translation>&amp;Другой ноутбук нашей организации хранит ключи организации</translation>
    </message>
    <message>
        <source>Another laptop keeps the organisation's keys</source>
        <translation>Ключи организации хранит другой ноутбук</translation>
    </message>
    <message>
        <source>&amp;Remove the organisation's keys from here</source>
        <translation>&amp;Удалить ключи организации отсюда</translation>
    </message>
    <message>
        <source>Remove the organisation's keys from this laptop for good</source>
        <translation>Навсегда удалить ключи организации с этого ноутбука</translation>
    </message>
    <message>
        <source>The organisation's keys were removed from this laptop.</source>
        <translation>Ключи организации удалены с этого ноутбука.</translation>
    </message>
</context>
<context>
    <name>DuplicateWarning</name>
    <message>
        <source>Possibly the same man</source>
        <translation>Возможно, тот же человек</translation>
    </message>
    <message>
        <source>The case you saved may be about a man who already has a case here. Check before you go on: two files about one man can mislead a screening.</source>
        <translation>Сохранённое дело, возможно, касается человека, у которого здесь уже есть дело. Проверьте, прежде чем продолжать: два дела об одном человеке могут ввести проверку в заблуждение.</translation>
    </message>
    <message>
        <source>Cases that may be the same man</source>
        <translation>Дела, которые могут относиться к тому же человеку</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Результат</translation>
    </message>
    <message>
        <source>&amp;Keep both</source>
        <translation>Оставить &amp;оба</translation>
    </message>
    <message>
        <source>&amp;Open the other</source>
        <translation>Открыть &amp;другое</translation>
    </message>
    <message>
        <source>&amp;Link: same man</source>
        <translation>&amp;Связать: тот же человек</translation>
    </message>
    <message>
        <source>Both cases stay; they are marked as files of the same man</source>
        <translation>Оба дела остаются; они помечаются как дела одного человека</translation>
    </message>
    <message>
        <source>&amp;Not the same man</source>
        <translation>&amp;Не тот же человек</translation>
    </message>
    <message>
        <source>This pair is not flagged again</source>
        <translation>Эта пара больше не будет отмечаться</translation>
    </message>
    <message>
        <source>&amp;Merge into the other…</source>
        <translation>О&amp;бъединить с другим…</translation>
    </message>
    <message>
        <source>The other case keeps everything and gains what only this one knows</source>
        <translation>Другое дело сохраняет всё и получает то, что известно только этому</translation>
    </message>
    <message>
        <source>same name</source>
        <translation>то же имя</translation>
    </message>
    <message>
        <source>same name in another spelling</source>
        <translation>то же имя в другом написании</translation>
    </message>
    <message>
        <source>same date of birth</source>
        <translation>та же дата рождения</translation>
    </message>
    <message>
        <source>date of birth missing on one of them</source>
        <translation>в одном из них нет даты рождения</translation>
    </message>
    <message>
        <source>(no name)</source>
        <translation>(без имени)</translation>
    </message>
    <message>
        <source>Possibly the same man as %1 (case %2): %3.</source>
        <translation>Возможно, тот же человек, что и %1 (дело %2): %3.</translation>
    </message>
</context>
<context>
    <name>EmptyVaultHint</name>
    <message>
        <source>No cases yet</source>
        <translation>Дел пока нет</translation>
    </message>
    <message>
        <source>No cases yet.

Start a new case with File → New case (Ctrl+N), or import a bundle from a partner with Partners → Import a bundle (Ctrl+I).

Press F1 for a short guide to this screen.</source>
        <translation>Дел пока нет.

Создайте новое дело через Файл → Новое дело (Ctrl+N) или импортируйте пакет от партнёра через Партнёры → Импортировать пакет (Ctrl+I).

Нажмите F1, чтобы открыть краткое руководство по этому экрану.</translation>
    </message>
</context>
<context>
    <name>EnrolLaptopDialog</name>
    <message>
        <source>CaseVault enrolment files (*.enrol);;All files (*)</source>
        <translation>Файлы подключения CaseVault (*.enrol);;Все файлы (*)</translation>
    </message>
    <message>
        <source>Enrol a new laptop</source>
        <translation>Подключить новый ноутбук</translation>
    </message>
    <message>
        <source>Do this with the new laptop next to you. The enrolment file holds your organisation's keys, encrypted for the new laptop only: the code check makes sure the request really is that laptop's, not a file swapped on the way.</source>
        <translation>Делайте это, когда новый ноутбук рядом с вами. В файле подключения — ключи вашей организации, зашифрованные только для нового ноутбука: проверка кода гарантирует, что запрос действительно от этого ноутбука, а не подменённый по дороге файл.</translation>
    </message>
    <message>
        <source>&amp;Open the join request…</source>
        <translation>&amp;Открыть запрос на подключение…</translation>
    </message>
    <message>
        <source>Open the new laptop's join request</source>
        <translation>Открыть запрос на подключение нового ноутбука</translation>
    </message>
    <message>
        <source>Join request file</source>
        <translation>Файл запроса на подключение</translation>
    </message>
    <message>
        <source>Code shown on the new laptop</source>
        <translation>Код на новом ноутбуке</translation>
    </message>
    <message>
        <source>the digits the new laptop shows</source>
        <translation>цифры, которые показывает новый ноутбук</translation>
    </message>
    <message>
        <source>Check the code and &amp;write the enrolment…</source>
        <translation>Проверить код и &amp;записать файл подключения…</translation>
    </message>
    <message>
        <source>Check the code and write the enrolment file</source>
        <translation>Проверить код и записать файл подключения</translation>
    </message>
    <message>
        <source>Code to type on the new laptop</source>
        <translation>Код для ввода на новом ноутбуке</translation>
    </message>
    <message>
        <source>Save your organisation's &amp;card…</source>
        <translation>Сохранить &amp;карточку организации…</translation>
    </message>
    <message>
        <source>Save your organisation's identity card for the new laptop</source>
        <translation>Сохранить карточку вашей организации для нового ноутбука</translation>
    </message>
    <message>
        <source>&amp;Code on the new laptop:</source>
        <translation>Код на &amp;новом ноутбуке:</translation>
    </message>
    <message>
        <source>Open the join request</source>
        <translation>Открыть запрос на подключение</translation>
    </message>
    <message>
        <source>Could not read this file.</source>
        <translation>Не удалось прочитать этот файл.</translation>
    </message>
    <message>
        <source>Now type the code the new laptop shows.</source>
        <translation>Теперь введите код, который показывает новый ноутбук.</translation>
    </message>
    <message>
        <source>Save the enrolment file</source>
        <translation>Сохранить файл подключения</translation>
    </message>
    <message>
        <source>Could not write the enrolment file to this place.</source>
        <translation>Не удалось записать файл подключения в это место.</translation>
    </message>
    <message>
        <source>Enrolment file written to %1. Give the new laptop this file and your organisation's identity card (save it below), then type the code above on it.</source>
        <translation>Файл подключения записан в %1. Передайте на новый ноутбук этот файл и карточку вашей организации (сохраните её ниже), затем введите на нём код, показанный выше.</translation>
    </message>
    <message>
        <source>Save your identity card</source>
        <translation>Сохранить карточку организации</translation>
    </message>
    <message>
        <source>Could not write the card to this place.</source>
        <translation>Не удалось записать карточку в это место.</translation>
    </message>
    <message>
        <source>Card saved to %1.</source>
        <translation>Карточка сохранена в %1.</translation>
    </message>
    <message>
        <source>Writing the enrolment file…</source>
        <translation>Запись файла подключения…</translation>
    </message>
</context>
<context>
    <name>ErasureDialog</name>
    <message>
        <source>Erase this man's data</source>
        <translation>Стереть данные этого человека</translation>
    </message>
    <message>
        <source>Case to erase: %1</source>
        <translation>Дело, которое будет стёрто: %1</translation>
    </message>
    <message>
        <source>Everything about him is removed from this vault for good: his fields, timeline, screenings, consent statements, attachments and search entries. Only the case id stays, in a register that stops any bundle from bringing him back, and in the audit log (ids only). This cannot be undone.</source>
        <translation>Всё о нём навсегда удаляется из этого хранилища: поля, хронология, проверки, заявления о согласии, вложения и записи поиска. Остаётся только номер дела — в реестре, который не даёт никакому пакету вернуть его данные, и в журнале аудита (только номера). Это нельзя отменить.</translation>
    </message>
    <message>
        <source>Other cases of the same man, erased with it: %1</source>
        <translation>Другие дела того же человека, которые будут стёрты вместе с ним: %1</translation>
    </message>
    <message>
        <source>These partners received his file and keep their copy: the next bundle you send each of them carries a signed erasure notice. Ask them to confirm it: %1</source>
        <translation>Эти партнёры получили его дело и хранят свою копию: в следующем пакете, который вы отправите каждому из них, будет подписанное уведомление о стирании. Попросите их подтвердить его: %1</translation>
    </message>
    <message>
        <source>No partner received his file from this vault.</source>
        <translation>Ни один партнёр не получал его дело из этого хранилища.</translation>
    </message>
    <message>
        <source>Backups made before now still contain him: delete or overwrite them.</source>
        <translation>В резервных копиях, сделанных раньше, его данные остаются: удалите или перезапишите их.</translation>
    </message>
    <message>
        <source>What is erased</source>
        <translation>Что будет стёрто</translation>
    </message>
    <message>
        <source>To confirm, type the case's short id: %1</source>
        <translation>Для подтверждения введите короткий номер дела: %1</translation>
    </message>
    <message>
        <source>Type the case's short id to confirm</source>
        <translation>Введите короткий номер дела для подтверждения</translation>
    </message>
    <message>
        <source>Erasing and compacting the vault</source>
        <translation>Стирание и сжатие хранилища</translation>
    </message>
    <message>
        <source>Erasure result</source>
        <translation>Результат стирания</translation>
    </message>
    <message>
        <source>&amp;Erase for good</source>
        <translation>&amp;Стереть навсегда</translation>
    </message>
    <message>
        <source>Erase for good</source>
        <translation>Стереть навсегда</translation>
    </message>
    <message>
        <source>&amp;Compact again</source>
        <translation>С&amp;жать ещё раз</translation>
    </message>
    <message>
        <source>Compact again</source>
        <translation>Сжать ещё раз</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Закрыть</translation>
    </message>
    <message>
        <source>Erased for good. The erasure notices go with the next bundles.</source>
        <translation>Стёрто навсегда. Уведомления о стирании уйдут со следующими пакетами.</translation>
    </message>
    <message>
        <source>The vault is compacted. Erased for good.</source>
        <translation>Хранилище сжато. Стёрто навсегда.</translation>
    </message>
</context>
<context>
    <name>EvidenceText</name>
    <message>
        <source>signature verified</source>
        <translation>подпись проверена</translation>
    </message>
    <message>
        <source>NOT VERIFIED: signed by an organisation we do not know</source>
        <translation>НЕ ПРОВЕРЕНО: подписано неизвестной нам организацией</translation>
    </message>
    <message>
        <source>NOT VERIFIED: signed with a key that is not the signer's</source>
        <translation>НЕ ПРОВЕРЕНО: подписано ключом, который не принадлежит подписавшему</translation>
    </message>
    <message>
        <source>NOT VERIFIED: the note was changed after it was signed</source>
        <translation>НЕ ПРОВЕРЕНО: заключение изменено после подписания</translation>
    </message>
    <message>
        <source>NOT VERIFIED: the signed note cannot be read</source>
        <translation>НЕ ПРОВЕРЕНО: подписанное заключение не читается</translation>
    </message>
    <message>
        <source>NOT VERIFIED: the stored note differs from what was signed</source>
        <translation>НЕ ПРОВЕРЕНО: сохранённое заключение отличается от подписанного</translation>
    </message>
    <message>
        <source>NOT VERIFIED: this file is not the one that was examined</source>
        <translation>НЕ ПРОВЕРЕНО: это не тот файл, который осматривали</translation>
    </message>
    <message>
        <source>NOT VERIFIED: a partner whose keys were never compared</source>
        <translation>НЕ ПРОВЕРЕНО: партнёр, чьи ключи ни разу не сверяли</translation>
    </message>
    <message>
        <source>NOT VERIFIED: the signer's keys were revoked</source>
        <translation>НЕ ПРОВЕРЕНО: ключи подписавшего отозваны</translation>
    </message>
    <message>
        <source>Consistent</source>
        <translation>Без несоответствий</translation>
    </message>
    <message>
        <source>Anomalies</source>
        <translation>Несоответствия</translation>
    </message>
    <message>
        <source>Cannot tell</source>
        <translation>Нельзя определить</translation>
    </message>
    <message>
        <source>A signed examination note cannot be read; it may have been altered.</source>
        <translation>Подписанное заключение об осмотре не читается; возможно, его изменили.</translation>
    </message>
</context>
<context>
    <name>ExamineDialog</name>
    <message>
        <source>Examine a document</source>
        <translation>Осмотр документа</translation>
    </message>
    <message>
        <source>Your finding on “%1”, signed with your organisation's keys.</source>
        <translation>Ваше заключение о «%1», подписанное ключами вашей организации.</translation>
    </message>
    <message>
        <source>Evaluator</source>
        <translation>Проверяющий</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Выберите…</translation>
    </message>
    <message>
        <source>Examined on</source>
        <translation>Дата осмотра</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Результат</translation>
    </message>
    <message>
        <source>What was seen</source>
        <translation>Что обнаружено</translation>
    </message>
    <message>
        <source>What you saw, e.g. the stamp overlaps the signature (required for anomalies)</source>
        <translation>Что вы увидели, например: печать перекрывает подпись (обязательно при несоответствиях)</translation>
    </message>
    <message>
        <source>A signed note cannot be changed or withdrawn; a later note can correct it.</source>
        <translation>Подписанное заключение нельзя изменить или отозвать; его может исправить более позднее заключение.</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Проблема</translation>
    </message>
    <message>
        <source>&amp;Evaluator:</source>
        <translation>&amp;Проверяющий:</translation>
    </message>
    <message>
        <source>Examined &amp;on:</source>
        <translation>&amp;Дата осмотра:</translation>
    </message>
    <message>
        <source>&amp;Result:</source>
        <translation>&amp;Результат:</translation>
    </message>
    <message>
        <source>&amp;What was seen:</source>
        <translation>&amp;Что обнаружено:</translation>
    </message>
    <message>
        <source>&amp;Sign note</source>
        <translation>Подписать &amp;заключение</translation>
    </message>
    <message>
        <source>Sign note</source>
        <translation>Подписать заключение</translation>
    </message>
    <message>
        <source>Choose who examined the document.</source>
        <translation>Выберите, кто осматривал документ.</translation>
    </message>
    <message>
        <source>At most %1 characters.</source>
        <translation>Не более %1 символов.</translation>
    </message>
</context>
<context>
    <name>FlowDialog</name>
    <message>
        <source>What happened</source>
        <translation>Что произошло</translation>
    </message>
</context>
<context>
    <name>HelpMenu</name>
    <message>
        <source>&amp;Guide for this screen</source>
        <translation>&amp;Руководство по этому экрану</translation>
    </message>
    <message>
        <source>&amp;About CaseVault</source>
        <translation>&amp;О программе CaseVault</translation>
    </message>
    <message>
        <source>CaseVault %1</source>
        <translation>CaseVault %1</translation>
    </message>
    <message>
        <source>An encrypted case tracker that works offline, for organisations that help people leave the war.</source>
        <translation>Зашифрованный учёт дел, работающий без интернета, для организаций, которые помогают людям уйти от войны.</translation>
    </message>
    <message>
        <source>Licence: %1 (free software: you may share and change it).</source>
        <translation>Лицензия: %1 (свободная программа: её можно распространять и изменять).</translation>
    </message>
    <message>
        <source>Documentation: the “docs” folder and README.md that come with CaseVault (in the installation folder, or at the top of the source).</source>
        <translation>Документация: файл README.md и папка с документацией рядом с ним, поставляемые с CaseVault (в папке установки или в корне исходного кода).</translation>
    </message>
    <message>
        <source>About CaseVault</source>
        <translation>О программе CaseVault</translation>
    </message>
</context>
<context>
    <name>HelpTexts</name>
    <message>
        <source>Setting up CaseVault</source>
        <translation>Настройка CaseVault</translation>
    </message>
    <message>
        <source>Choose a long passphrase that you can remember: nobody can reset it. Then name your organisation. CaseVault shows a recovery code once: print it or write it on paper and hide the paper away from the laptop. It is the only way back in if the passphrase is forgotten.</source>
        <translation>Придумайте длинную парольную фразу, которую вы запомните: сбросить её никто не сможет. Затем укажите название организации. CaseVault один раз покажет код восстановления: распечатайте его или запишите на бумаге и спрячьте бумагу подальше от ноутбука. Это единственный способ войти, если парольная фраза забыта.</translation>
    </message>
    <message>
        <source>Unlocking the vault</source>
        <translation>Открытие хранилища</translation>
    </message>
    <message>
        <source>Type your passphrase and press Enter. If you forgot it, use the recovery code from paper (the button below the passphrase). In an emergency, File → Destroy the vault (panic) works here too, without the passphrase.</source>
        <translation>Введите парольную фразу и нажмите Enter. Если вы её забыли, используйте код восстановления с бумаги (кнопка под парольной фразой). В экстренном случае Файл → Уничтожить хранилище (паника) работает и здесь, без парольной фразы.</translation>
    </message>
    <message>
        <source>The case list</source>
        <translation>Список дел</translation>
    </message>
    <message>
        <source>Every case of this vault. Type in the search box to find a name in either alphabet, or narrow the list with the filters. Double-click a case, or press Enter, to open it; Ctrl+N starts a new case. Ctrl+L locks the vault when you step away.</source>
        <translation>Все дела этого хранилища. Введите текст в поле поиска, чтобы найти имя на кириллице или латинице, или сузьте список фильтрами. Дважды щёлкните дело или нажмите Enter, чтобы открыть его; Ctrl+N создаёт новое дело. Ctrl+L блокирует хранилище, когда вы отходите.</translation>
    </message>
    <message>
        <source>The audit log</source>
        <translation>Журнал аудита</translation>
    </message>
    <message>
        <source>Who changed what and when. The entries are chained: “Verify chain” finds an entry that was altered, removed or reordered. The log never holds case contents, only what kind of change was made to which record.</source>
        <translation>Кто, что и когда изменил. Записи связаны в цепочку: «Проверить цепочку» находит запись, которую изменили, удалили или переставили. В журнале никогда нет содержимого дел — только какое изменение внесено в какую запись.</translation>
    </message>
    <message>
        <source>The dashboard</source>
        <translation>Сводка</translation>
    </message>
    <message>
        <source>Counts of cases by status, risk and month, and the cases that need you. The figures can be saved as a PDF or printed for a report; the PDF is not encrypted.</source>
        <translation>Число дел по статусу, риску и месяцам, а также дела, которые требуют вашего внимания. Цифры можно сохранить в PDF или напечатать для отчёта; PDF не зашифрован.</translation>
    </message>
    <message>
        <source>Partners and exchange</source>
        <translation>Партнёры и обмен</translation>
    </message>
    <message>
        <source>Your partner organisations and their keys. Verify a partner's short code by phone or in person before you send to them. Export a bundle (Ctrl+E) to send cases; import a bundle (Ctrl+I) that a partner sent you. Bundles are encrypted and signed; a changed or replayed file is refused.</source>
        <translation>Организации-партнёры и их ключи. Прежде чем отправлять партнёру, сверьте с ним короткий код по телефону или лично. Чтобы отправить дела, экспортируйте пакет (Ctrl+E); пакет, присланный партнёром, импортируйте (Ctrl+I). Пакеты зашифрованы и подписаны; изменённый или повторно присланный файл отклоняется.</translation>
    </message>
    <message>
        <source>Editing a case</source>
        <translation>Редактирование дела</translation>
    </message>
    <message>
        <source>The tabs hold the man's details, service, situation and notes, his timeline, screenings and attachments. Ctrl+S saves; an unsaved change is marked with * in the title and is kept, encrypted, if the vault locks before you save.</source>
        <translation>На вкладках — сведения о человеке, служба, положение и заметки, его хронология, проверки и вложения. Ctrl+S сохраняет; несохранённое изменение отмечается знаком * в заголовке и сохраняется в зашифрованном виде, если хранилище заблокируется до сохранения.</translation>
    </message>
    <message>
        <source>The vault was destroyed</source>
        <translation>Хранилище уничтожено</translation>
    </message>
    <message>
        <source>Its keys are gone: nobody can open it from this computer any more. You can close the window. To work again, set up a new vault, or receive your cases back from a partner.</source>
        <translation>Его ключей больше нет: никто не сможет открыть его с этого компьютера. Можно закрыть окно. Чтобы снова работать, создайте новое хранилище или получите свои дела обратно от партнёра.</translation>
    </message>
</context>
<context>
    <name>ImportNotices</name>
    <message>
        <source>Evaluation %1 is not taken: its case is not in your vault (it was not sent with it, or you erased it).</source>
        <translation>Оценка %1 не принята: её дела нет в вашем хранилище (его не прислали вместе с ней, или вы его стёрли).</translation>
    </message>
    <message>
        <source>Evaluation %1 is not taken: it corrects an evaluation you do not have. Ask the sender for the earlier one.</source>
        <translation>Оценка %1 не принята: она исправляет оценку, которой у вас нет. Попросите отправителя прислать предыдущую.</translation>
    </message>
    <message>
        <source>Evaluation %1 is not taken: the evaluation it corrects was corrected already by the same organisation.</source>
        <translation>Оценка %1 не принята: оценку, которую она исправляет, уже исправила та же организация.</translation>
    </message>
    <message>
        <source>%1 evaluation(s) signed by an organisation you hold no keys for: not taken.</source>
        <translation>Оценки, подписанные организацией, чьих ключей у вас нет, не приняты: %1.</translation>
    </message>
    <message>
        <source>You already imported this file; nothing to do.</source>
        <translation>Вы уже импортировали этот файл; делать ничего не нужно.</translation>
    </message>
    <message>
        <source>You already imported this file on %1; nothing to do.</source>
        <translation>Вы уже импортировали этот файл %1; делать ничего не нужно.</translation>
    </message>
    <message numerus="yes">
        <source>%n evaluation(s) signed by an organisation you hold no keys for: not taken.</source>
        <translation>
            <numerusform>%n оценка, подписанная организацией, чьих ключей у вас нет, не принята.</numerusform>
            <numerusform>%n оценки, подписанные организацией, чьих ключей у вас нет, не приняты.</numerusform>
            <numerusform>%n оценок, подписанных организацией, чьих ключей у вас нет, не приняты.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>JoinRequestDialog</name>
    <message>
        <source>CaseVault join requests (*.request);;All files (*)</source>
        <translation>Запросы на подключение CaseVault (*.request);;Все файлы (*)</translation>
    </message>
    <message>
        <source>Request to join your organisation</source>
        <translation>Запрос на подключение к вашей организации</translation>
    </message>
    <message>
        <source>Do this on the NEW laptop, with a vault that holds nothing yet. Bring it next to a laptop that is already enrolled. 1. Write the request file and take it to that laptop (USB stick). 2. The person there types the code shown here. 3. You receive an enrolment file and your organisation's identity card, and accept them here with the code the other laptop shows.</source>
        <translation>Делайте это на НОВОМ ноутбуке, в хранилище, где ещё ничего нет. Поставьте его рядом с уже подключённым ноутбуком. 1. Запишите файл запроса и перенесите его на тот ноутбук (флешкой). 2. Человек за тем ноутбуком вводит код, показанный здесь. 3. Вы получаете файл подключения и карточку вашей организации и принимаете их здесь с кодом, который показывает другой ноутбук.</translation>
    </message>
    <message>
        <source>&amp;Write the request file…</source>
        <translation>&amp;Записать файл запроса…</translation>
    </message>
    <message>
        <source>Write the join request to a file</source>
        <translation>Записать запрос на подключение в файл</translation>
    </message>
    <message>
        <source>Type this code on the enrolling laptop (read it off this screen; never send it or read it over a phone):</source>
        <translation>Введите этот код на подключающем ноутбуке (прочитайте его с экрана; никогда не пересылайте и не диктуйте по телефону):</translation>
    </message>
    <message>
        <source>Code to type on the enrolling laptop</source>
        <translation>Код для ввода на подключающем ноутбуке</translation>
    </message>
    <message>
        <source>&amp;Accept the enrolment…</source>
        <translation>&amp;Принять подключение…</translation>
    </message>
    <message>
        <source>Go on: accept the enrolment file</source>
        <translation>Далее: принять файл подключения</translation>
    </message>
    <message>
        <source>Save the join request</source>
        <translation>Сохранить запрос на подключение</translation>
    </message>
    <message>
        <source>Could not write the request to this place.</source>
        <translation>Не удалось записать запрос в это место.</translation>
    </message>
    <message>
        <source>Request written to %1. %2</source>
        <translation>Запрос записан в %1. %2</translation>
    </message>
    <message>
        <source>Writing the request…</source>
        <translation>Запись запроса…</translation>
    </message>
</context>
<context>
    <name>KeyChangeDialog</name>
    <message>
        <source>Revoke our keys</source>
        <translation>Отозвать наши ключи</translation>
    </message>
    <message>
        <source>Do this if your organisation's keys may be in someone else's hands (a laptop that kept them was seized). New keys are made. Partners who import the announcement stop trusting the old keys at once and will not exchange with you until they have verified your new identity card with you by phone or in person. Your other laptops must be enrolled again.

If you rotated your keys after a copy may have been taken, give the start of that earlier key's fingerprint: partners then revoke it and every key rotated from it, a thief's too.</source>
        <translation>Делайте это, если ключи вашей организации могли попасть в чужие руки (изъят ноутбук, на котором они хранились). Создаются новые ключи. Партнёры, импортировавшие извещение, сразу перестают доверять старым ключам и не будут обмениваться с вами, пока не проверят вашу новую карточку организации вместе с вами по телефону или лично. Другие ваши ноутбуки придётся подключить заново.

Если вы заменили ключи уже после того, как с них могли снять копию, укажите начало отпечатка того, более раннего ключа: тогда партнёры отзовут его и все ключи, полученные из него заменой, в том числе ключ похитителя.</translation>
    </message>
    <message>
        <source>Rotate our keys</source>
        <translation>Заменить наши ключи</translation>
    </message>
    <message>
        <source>Ordinary renewal of your organisation's keys. Partners who import the announcement accept the new keys through the old ones; they see “keys changed” next to your name and compare the new short code with you. Your other laptops must be enrolled again afterwards.</source>
        <translation>Обычное обновление ключей вашей организации. Партнёры, импортировавшие извещение, принимают новые ключи благодаря старым; они видят «ключи сменились» рядом с вашим названием и сверяют с вами новый короткий код. После этого другие ваши ноутбуки придётся подключить заново.</translation>
    </message>
    <message>
        <source>REVOKE</source>
        <translation>REVOKE</translation>
    </message>
    <message>
        <source>Earlier key to revoke (optional)</source>
        <translation>Более ранний ключ для отзыва (необязательно)</translation>
    </message>
    <message>
        <source>empty: the current keys</source>
        <translation>пусто: текущие ключи</translation>
    </message>
    <message>
        <source>Type the confirmation word</source>
        <translation>Введите слово подтверждения</translation>
    </message>
    <message>
        <source>&amp;Earlier key (first 8 digits or more):</source>
        <translation>&amp;Более ранний ключ (первые 8 цифр или больше):</translation>
    </message>
    <message>
        <source>Type %1 to confirm:</source>
        <translation>Для подтверждения введите %1:</translation>
    </message>
    <message>
        <source>&amp;Revoke and make new keys</source>
        <translation>&amp;Отозвать и создать новые ключи</translation>
    </message>
    <message>
        <source>&amp;Make new keys</source>
        <translation>&amp;Создать новые ключи</translation>
    </message>
    <message>
        <source>New fingerprint</source>
        <translation>Новый отпечаток</translation>
    </message>
    <message>
        <source>E&amp;xport the announcement…</source>
        <translation>&amp;Выгрузить извещение…</translation>
    </message>
    <message>
        <source>Export the key announcement</source>
        <translation>Выгрузить извещение о смене ключей</translation>
    </message>
    <message>
        <source>New keys made; the fingerprint above is your new one. Now export the announcement and send it to every partner, then enrol your other laptops again.</source>
        <translation>Новые ключи созданы; отпечаток выше — ваш новый. Теперь выгрузите извещение и отправьте его каждому партнёру, затем заново подключите другие ваши ноутбуки.</translation>
    </message>
    <message>
        <source>Making the new keys…</source>
        <translation>Создаём новые ключи…</translation>
    </message>
</context>
<context>
    <name>KeyHistoryDialog</name>
    <message>
        <source>%1 (current)</source>
        <translation>%1 (текущий)</translation>
    </message>
    <message>
        <source>identity card</source>
        <translation>карточка организации</translation>
    </message>
    <message>
        <source>rotation signed by %1</source>
        <translation>замена, подписанная ключом %1</translation>
    </message>
    <message>
        <source>%1 (its own revocation)</source>
        <translation>%1 (его собственный отзыв)</translation>
    </message>
    <message>
        <source>%1 (revocation of %2)</source>
        <translation>%1 (отзыв ключа %2)</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Ключ</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Откуда</translation>
    </message>
    <message>
        <source>Since</source>
        <translation>Действует с</translation>
    </message>
    <message>
        <source>Verified</source>
        <translation>Проверен</translation>
    </message>
    <message>
        <source>Replaced</source>
        <translation>Заменён</translation>
    </message>
    <message>
        <source>Revoked</source>
        <translation>Отозван</translation>
    </message>
    <message>
        <source>Key history of %1</source>
        <translation>История ключей: %1</translation>
    </message>
    <message>
        <source>Every key this partner has had, oldest first. A key from a rotation was accepted because the key before it signed it; the whole fingerprint is in each key's tooltip.</source>
        <translation>Все ключи, которые были у этого партнёра, начиная с самого старого. Ключ, полученный заменой, принят потому, что его подписал предыдущий ключ; полный отпечаток — во всплывающей подсказке каждого ключа.</translation>
    </message>
    <message>
        <source>Keys of this partner</source>
        <translation>Ключи этого партнёра</translation>
    </message>
</context>
<context>
    <name>LaptopsView</name>
    <message>
        <source>Laptop %1</source>
        <translation>Ноутбук %1</translation>
    </message>
    <message>
        <source>%1 (this laptop)</source>
        <translation>%1 (этот ноутбук)</translation>
    </message>
    <message>
        <source>Removed everywhere (revocation signed)</source>
        <translation>Удалён везде (отзыв подписан)</translation>
    </message>
    <message>
        <source>Removed on this laptop only</source>
        <translation>Удалён только на этом ноутбуке</translation>
    </message>
    <message>
        <source>Certified</source>
        <translation>Заверен</translation>
    </message>
    <message>
        <source>Not certified</source>
        <translation>Не заверен</translation>
    </message>
    <message>
        <source>Not known here</source>
        <translation>Здесь неизвестен</translation>
    </message>
    <message>
        <source>Kept</source>
        <translation>Хранятся</translation>
    </message>
    <message>
        <source>Not kept</source>
        <translation>Не хранятся</translation>
    </message>
    <message>
        <source>No certificate for this laptop's keys has reached this laptop yet.</source>
        <translation>Сертификат ключей этого ноутбука сюда ещё не поступал.</translation>
    </message>
    <message>
        <source>Laptop</source>
        <translation>Ноутбук</translation>
    </message>
    <message>
        <source>Id</source>
        <translation>Номер</translation>
    </message>
    <message>
        <source>Fingerprint</source>
        <translation>Отпечаток</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Состояние</translation>
    </message>
    <message>
        <source>Organisation keys</source>
        <translation>Ключи организации</translation>
    </message>
    <message>
        <source>Last bundle applied</source>
        <translation>Последний применённый пакет</translation>
    </message>
    <message>
        <source>This organisation's laptops and keys</source>
        <translation>Ноутбуки и ключи этой организации</translation>
    </message>
    <message>
        <source>Every laptop of your organisation has its own keys, certified by the organisation's keys. Keep the organisation's keys on one or two office laptops; a seized everyday laptop is then removed alone.</source>
        <translation>У каждого ноутбука вашей организации свои ключи, заверенные ключами организации. Храните ключи организации на одном-двух офисных ноутбуках; тогда изъятый повседневный ноутбук удаляется один.</translation>
    </message>
    <message>
        <source>This organisation's laptops</source>
        <translation>Ноутбуки этой организации</translation>
    </message>
    <message>
        <source>Re&amp;quest to join…</source>
        <translation>&amp;Запрос на подключение…</translation>
    </message>
    <message>
        <source>Request to join an organisation</source>
        <translation>Запрос на подключение к организации</translation>
    </message>
    <message>
        <source>On a new laptop: write the request to join your organisation.</source>
        <translation>На новом ноутбуке: записать запрос на подключение к вашей организации.</translation>
    </message>
    <message>
        <source>&amp;Accept an enrolment…</source>
        <translation>&amp;Принять подключение…</translation>
    </message>
    <message>
        <source>Accept an enrolment</source>
        <translation>Принять подключение</translation>
    </message>
    <message>
        <source>On the new laptop: accept the enrolment file with the code.</source>
        <translation>На новом ноутбуке: принять файл подключения с кодом.</translation>
    </message>
    <message>
        <source>E&amp;nrol a new laptop…</source>
        <translation>Подключить &amp;новый ноутбук…</translation>
    </message>
    <message>
        <source>Enrol a new laptop</source>
        <translation>Подключить новый ноутбук</translation>
    </message>
    <message>
        <source>On an enrolled laptop: answer a new laptop's join request.</source>
        <translation>На подключённом ноутбуке: ответить на запрос нового ноутбука.</translation>
    </message>
    <message>
        <source>&amp;Sync with my other laptops…</source>
        <translation>&amp;Синхронизировать с моими ноутбуками…</translation>
    </message>
    <message>
        <source>Sync with my other laptops</source>
        <translation>Синхронизировать с моими ноутбуками</translation>
    </message>
    <message>
        <source>Write a bundle of what your other laptops lack.</source>
        <translation>Записать пакет с тем, чего нет на других ваших ноутбуках.</translation>
    </message>
    <message>
        <source>Re&amp;move laptop…</source>
        <translation>&amp;Удалить ноутбук…</translation>
    </message>
    <message>
        <source>Remove the selected laptop</source>
        <translation>Удалить выбранный ноутбук</translation>
    </message>
    <message>
        <source>Refuse every later bundle of the selected laptop (lost or seized).</source>
        <translation>Отклонять все дальнейшие пакеты выбранного ноутбука (потерян или изъят).</translation>
    </message>
    <message>
        <source>Keep the organisation's keys &amp;off this laptop…</source>
        <translation>Не хранить &amp;ключи организации здесь…</translation>
    </message>
    <message>
        <source>Keep the organisation's keys off this laptop</source>
        <translation>Не хранить ключи организации на этом ноутбуке</translation>
    </message>
    <message>
        <source>Recommended for everyday laptops, once another laptop keeps the keys.</source>
        <translation>Рекомендуется для повседневных ноутбуков, если ключи хранит другой ноутбук.</translation>
    </message>
    <message>
        <source>Name th&amp;is laptop…</source>
        <translation>Наз&amp;вать этот ноутбук…</translation>
    </message>
    <message>
        <source>Name this laptop</source>
        <translation>Назвать этот ноутбук</translation>
    </message>
    <message>
        <source>A name people recognise, in this list and in conflicts.</source>
        <translation>Название, понятное людям, — в этом списке и в конфликтах.</translation>
    </message>
    <message>
        <source>Laptops</source>
        <translation>Ноутбуки</translation>
    </message>
    <message>
        <source>Ro&amp;tate our keys…</source>
        <translation>За&amp;менить наши ключи…</translation>
    </message>
    <message>
        <source>Rotate our keys</source>
        <translation>Заменить наши ключи</translation>
    </message>
    <message>
        <source>Ordinary renewal; partners accept the new keys through the old ones.</source>
        <translation>Обычное обновление; партнёры принимают новые ключи благодаря старым.</translation>
    </message>
    <message>
        <source>Re&amp;voke our keys…</source>
        <translation>&amp;Отозвать наши ключи…</translation>
    </message>
    <message>
        <source>Revoke our keys</source>
        <translation>Отозвать наши ключи</translation>
    </message>
    <message>
        <source>Our keys may be in someone else's hands.</source>
        <translation>Наши ключи могли попасть в чужие руки.</translation>
    </message>
    <message>
        <source>Export key anno&amp;uncement…</source>
        <translation>Выгрузить &amp;извещение о ключах…</translation>
    </message>
    <message>
        <source>Export the key announcement</source>
        <translation>Выгрузить извещение о смене ключей</translation>
    </message>
    <message>
        <source>The file that tells partners about a rotation or revocation.</source>
        <translation>Файл, который сообщает партнёрам о замене или отзыве ключей.</translation>
    </message>
    <message>
        <source>Our organisation's keys</source>
        <translation>Ключи нашей организации</translation>
    </message>
    <message>
        <source>Laptops status message</source>
        <translation>Сообщение о состоянии ноутбуков</translation>
    </message>
</context>
<context>
    <name>MergeDialog</name>
    <message>
        <source>Merge two cases of the same man</source>
        <translation>Объединить два дела одного человека</translation>
    </message>
    <message>
        <source>Kept case: %1</source>
        <translation>Остающееся дело: %1</translation>
    </message>
    <message>
        <source>Find the other case by name</source>
        <translation>Найти другое дело по имени</translation>
    </message>
    <message>
        <source>Find the other case by name (any alphabet)</source>
        <translation>Найти другое дело по имени (кириллицей или латиницей)</translation>
    </message>
    <message>
        <source>Cases found</source>
        <translation>Найденные дела</translation>
    </message>
    <message>
        <source>What the kept case gains</source>
        <translation>Что получит остающееся дело</translation>
    </message>
    <message>
        <source>The other case is hidden, not destroyed: its timeline, screenings and attachments stay and are shown with the kept case. Unmerge brings it back. Partners keep both cases until they merge them too.</source>
        <translation>Другое дело скрывается, а не уничтожается: его хронология, проверки и вложения остаются и показываются вместе с остающимся делом. «Разделить» возвращает его. У партнёров остаются оба дела, пока они тоже их не объединят.</translation>
    </message>
    <message>
        <source>Merge problem</source>
        <translation>Проблема при объединении</translation>
    </message>
    <message>
        <source>&amp;Merge</source>
        <translation>&amp;Объединить</translation>
    </message>
    <message>
        <source>Merge</source>
        <translation>Объединить</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <source>The kept case gains:</source>
        <translation>Остающееся дело получит:</translation>
    </message>
    <message>
        <source>Merged into it: %1</source>
        <translation>С ним объединено: %1</translation>
    </message>
    <message>
        <source>The kept case gains nothing: it already holds everything the other one knows.</source>
        <translation>Остающееся дело ничего не получит: в нём уже есть всё, что известно другому.</translation>
    </message>
    <message>
        <source>(no name)</source>
        <translation>(без имени)</translation>
    </message>
</context>
<context>
    <name>NameLaptopDialog</name>
    <message>
        <source>Name this laptop</source>
        <translation>Назвать этот ноутбук</translation>
    </message>
    <message>
        <source>A short name people recognise, shown in the list of laptops and next to the values this laptop changes, here and, after your next bundles, at your other laptops and at partners. Choose a name that says nothing about where the laptop is kept or who uses it if that must stay secret.</source>
        <translation>Короткое понятное людям название. Оно показывается в списке ноутбуков и рядом со значениями, которые меняет этот ноутбук, — здесь, а после следующих пакетов и на других ваших ноутбуках, и у партнёров. Если это должно оставаться в тайне, выберите название, которое ничего не говорит о том, где хранится ноутбук и кто им пользуется.</translation>
    </message>
    <message>
        <source>Name of this laptop</source>
        <translation>Название этого ноутбука</translation>
    </message>
    <message>
        <source>&amp;Save the name</source>
        <translation>&amp;Сохранить название</translation>
    </message>
    <message>
        <source>Save the name of this laptop</source>
        <translation>Сохранить название этого ноутбука</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Название:</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Сохранено.</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Сохранение…</translation>
    </message>
</context>
<context>
    <name>NeedsActionModel</name>
    <message>
        <source>Competing edits to choose from</source>
        <translation>Конкурирующие правки: нужно выбрать</translation>
    </message>
    <message>
        <source>Bundle waiting in the inbox</source>
        <translation>Пакет ждёт во входящих</translation>
    </message>
    <message>
        <source>Partner's keys changed</source>
        <translation>Ключи партнёра сменились</translation>
    </message>
    <message>
        <source>Deadline coming up</source>
        <translation>Приближается срок</translation>
    </message>
    <message>
        <source>Consent missing for a partner</source>
        <translation>Нет согласия для партнёра</translation>
    </message>
    <message>
        <source>Evaluation still a draft</source>
        <translation>Оценка ещё в черновике</translation>
    </message>
    <message>
        <source>Needs another screening</source>
        <translation>Нужна ещё одна проверка</translation>
    </message>
    <message>
        <source>Not touched for a while</source>
        <translation>Давно без изменений</translation>
    </message>
    <message>
        <source>(no name)</source>
        <translation>(без имени)</translation>
    </message>
    <message>
        <source>Fields: %1</source>
        <translation>Поля: %1</translation>
    </message>
    <message>
        <source>Compare the new short code with them before exchanging again.</source>
        <translation>Сверьте с ними новый короткий код, прежде чем снова обмениваться.</translation>
    </message>
    <message>
        <source>He withdrew consent for %1; his file went there before.</source>
        <translation>Он отозвал согласие для %1; его дело уже отправлялось туда раньше.</translation>
    </message>
    <message>
        <source>No consent recorded for %1; his file went there before.</source>
        <translation>Согласие для %1 не записано; его дело уже отправлялось туда раньше.</translation>
    </message>
    <message>
        <source>Finish and sign the evaluation, or delete the draft.</source>
        <translation>Завершите и подпишите оценку или удалите черновик.</translation>
    </message>
    <message>
        <source>Signed evaluations do not clear him yet.</source>
        <translation>Подписанных оценок пока недостаточно для допуска.</translation>
    </message>
    <message>
        <source>No change for a day.</source>
        <translation>Без изменений один день.</translation>
    </message>
    <message>
        <source>%1 (today)</source>
        <translation>%1 (сегодня)</translation>
    </message>
    <message>
        <source>%1 (tomorrow)</source>
        <translation>%1 (завтра)</translation>
    </message>
    <message>
        <source>To do</source>
        <translation>Что сделать</translation>
    </message>
    <message>
        <source>Case or partner</source>
        <translation>Дело или партнёр</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Подробности</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Когда</translation>
    </message>
    <message numerus="yes">
        <source>No change for %n days.</source>
        <translation>
            <numerusform>Без изменений %n день.</numerusform>
            <numerusform>Без изменений %n дня.</numerusform>
            <numerusform>Без изменений %n дней.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 (in %n days)</source>
        <translation>
            <numerusform>%1 (через %n день)</numerusform>
            <numerusform>%1 (через %n дня)</numerusform>
            <numerusform>%1 (через %n дней)</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>NeedsActionView</name>
    <message>
        <source>Needs action</source>
        <translation>Требует внимания</translation>
    </message>
    <message>
        <source>What needs you today. Press Enter or double-click a line to open the case or the screen where it is done.</source>
        <translation>Что требует вашего внимания сегодня. Нажмите Enter или дважды щёлкните строку, чтобы открыть дело или экран, где это делается.</translation>
    </message>
    <message>
        <source>Needs action summary</source>
        <translation>Сводка: требует внимания</translation>
    </message>
    <message>
        <source>Looking</source>
        <translation>Поиск</translation>
    </message>
    <message>
        <source> days</source>
        <translation> дн.</translation>
    </message>
    <message>
        <source>List open cases not touched for</source>
        <translation>Показывать открытые дела без изменений дольше</translation>
    </message>
    <message>
        <source>List open cases not &amp;touched for:</source>
        <translation>Открытые дела &amp;без изменений дольше:</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Обновить</translation>
    </message>
    <message>
        <source>Refresh the needs action list</source>
        <translation>Обновить список «Требует внимания»</translation>
    </message>
    <message>
        <source>Needs action list</source>
        <translation>Список «Требует внимания»</translation>
    </message>
    <message>
        <source>Nothing needs action. Well done.</source>
        <translation>Ничего не требует внимания. Отлично.</translation>
    </message>
    <message>
        <source> (first %1 listed)</source>
        <translation> (показаны первые %1)</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <comment>the unit after the number in a spin box</comment>
        <translation>
            <numerusform>%n день</numerusform>
            <numerusform>%n дня</numerusform>
            <numerusform>%n дней</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Printing</name>
    <message>
        <source>Printed pages are not encrypted. Collect them from the printer at once, and keep or shred them like any paper with case data on it.</source>
        <translation>Напечатанные страницы не зашифрованы. Сразу заберите их из принтера и храните или уничтожайте их как любые бумаги с данными дел.</translation>
    </message>
    <message>
        <source>Print</source>
        <translation>Печать</translation>
    </message>
</context>
<context>
    <name>ProvenanceInputs</name>
    <message>
        <source>Received from</source>
        <translation>Получено от</translation>
    </message>
    <message>
        <source>Received from whom, and how (e.g. the man himself, by Signal)</source>
        <translation>От кого и как получено (например, от него самого, через Signal)</translation>
    </message>
    <message>
        <source>Received on</source>
        <translation>Дата получения</translation>
    </message>
    <message>
        <source>Received on (YYYY-MM-DD)</source>
        <translation>Дата получения (ГГГГ-ММ-ДД)</translation>
    </message>
    <message>
        <source>Next file:</source>
        <translation>Следующий файл:</translation>
    </message>
</context>
<context>
    <name>RecoverySheet</name>
    <message>
        <source>CaseVault recovery code</source>
        <translation>Код восстановления CaseVault</translation>
    </message>
    <message>
        <source>This code opens the vault without the passphrase. Keep this paper hidden, away from the laptop, where a search of the office or of your bag will not find it. Do not photograph it or type it into any other program.</source>
        <translation>Этот код открывает хранилище без парольной фразы. Храните эту бумагу спрятанной, вдали от ноутбука, там, где её не найдут при обыске офиса или сумки. Не фотографируйте его и не вводите ни в какую другую программу.</translation>
    </message>
    <message>
        <source>To use it: on the lock screen, choose “Forgot the passphrase? Use the recovery code”.</source>
        <translation>Как им воспользоваться: на экране блокировки выберите «Забыли парольную фразу? Используйте код восстановления».</translation>
    </message>
    <message>
        <source>Before you start: if the laptop is about to be taken, File → Destroy the vault (panic, Ctrl+Shift+Del) destroys its keys at once, also on the lock screen; nothing can open it afterwards, not even your passphrase or the recovery code. Lock the vault (Ctrl+L) whenever you step away. Keep the recovery code on paper, printed or written, hidden away from the laptop: whoever finds it together with the laptop can open the vault, and without it a forgotten passphrase means the cases are lost.</source>
        <translation>Прежде чем начать: если ноутбук вот-вот заберут, Файл → Уничтожить хранилище (паника, Ctrl+Shift+Del) сразу уничтожает его ключи, в том числе с экрана блокировки; после этого его ничем не открыть — ни парольной фразой, ни кодом восстановления. Блокируйте хранилище (Ctrl+L) каждый раз, когда отходите. Храните код восстановления на бумаге, напечатанным или записанным от руки, спрятанным подальше от ноутбука: тот, кто найдёт его вместе с ноутбуком, сможет открыть хранилище, а без кода забытая парольная фраза означает, что дела потеряны.</translation>
    </message>
    <message>
        <source>&amp;Print the code…</source>
        <translation>&amp;Напечатать код…</translation>
    </message>
    <message>
        <source>Print the recovery code</source>
        <translation>Напечатать код восстановления</translation>
    </message>
</context>
<context>
    <name>RemoveLaptopDialog</name>
    <message>
        <source>Remove a laptop</source>
        <translation>Удалить ноутбук</translation>
    </message>
    <message>
        <source>Remove %1 if it was lost or seized, or is no longer used. From now on every bundle it makes is refused here, whatever date it carries. If this laptop keeps the organisation's keys, a signed notice of the removal also goes in every bundle you send, so your other laptops and your partners refuse it too once they import one: send an ordinary bundle to every partner soon. If the removed laptop kept the organisation's keys, rotate or revoke them as well. This cannot be undone.</source>
        <translation>Удалите ноутбук %1, если он потерян, изъят или больше не используется. С этого момента каждый созданный им пакет здесь отклоняется, какая бы дата в нём ни стояла. Если этот ноутбук хранит ключи организации, подписанное уведомление об удалении также попадает в каждый отправляемый вами пакет, так что другие ваши ноутбуки и партнёры тоже начнут отклонять его пакеты, как только импортируют такой пакет: скоро отправьте обычный пакет каждому партнёру. Если удалённый ноутбук хранил ключи организации, замените или отзовите их тоже. Это нельзя отменить.</translation>
    </message>
    <message>
        <source>Type the laptop's id to confirm</source>
        <translation>Введите номер ноутбука для подтверждения</translation>
    </message>
    <message>
        <source>&amp;Remove this laptop</source>
        <translation>&amp;Удалить этот ноутбук</translation>
    </message>
    <message>
        <source>Remove the laptop for good</source>
        <translation>Удалить ноутбук навсегда</translation>
    </message>
    <message>
        <source>Type %1 to confirm:</source>
        <translation>Для подтверждения введите %1:</translation>
    </message>
    <message>
        <source>Laptop removed. A signed notice now goes in every bundle you send, to your other laptops and to partners; once they import one, that laptop's bundles are refused there too.</source>
        <translation>Ноутбук удалён. Подписанное уведомление теперь уходит в каждом отправляемом вами пакете — другим вашим ноутбукам и партнёрам; как только они импортируют такой пакет, пакеты того ноутбука будут отклоняться и там.</translation>
    </message>
    <message>
        <source>Laptop removed on this laptop only: this laptop does not keep the organisation's keys, so it cannot sign the notice. Remove it again on a laptop that keeps them.</source>
        <translation>Ноутбук удалён только на этом ноутбуке: здесь не хранятся ключи организации, поэтому подписать уведомление нельзя. Удалите его ещё раз на ноутбуке, где хранятся ключи.</translation>
    </message>
</context>
<context>
    <name>StatusChoices</name>
    <message>
        <source>Not offered: from “%1” a case can only move to %2.</source>
        <translation>Недоступно: из статуса «%1» дело можно перевести только в %2.</translation>
    </message>
</context>
<context>
    <name>SubjectAccess</name>
    <message>
        <source>Save the copy of his data as</source>
        <translation>Сохранить копию его данных как</translation>
    </message>
    <message>
        <source>JSON documents (*.json)</source>
        <translation>Документы JSON (*.json)</translation>
    </message>
    <message>
        <source>Text documents (*.md *.txt)</source>
        <translation>Текстовые документы (*.md *.txt)</translation>
    </message>
</context>
<context>
    <name>SubjectAccessDialog</name>
    <message>
        <source>Copy of his data</source>
        <translation>Копия его данных</translation>
    </message>
    <message>
        <source>A copy of everything this vault holds about %1: fields and their versions, timeline, screenings, consent, partners that received his file, the list of attachments and the log of actions on his file. Making it is recorded in the audit log.</source>
        <translation>Копия всего, что это хранилище содержит о человеке %1: поля и их версии, хронология, проверки, согласие, партнёры, получившие его дело, список вложений и журнал действий с его делом. Создание копии записывается в журнал аудита.</translation>
    </message>
    <message>
        <source>The copy will NOT be encrypted: anyone who gets the file can read his whole file. Write it only to an encrypted drive, hand it to him, then delete it.</source>
        <translation>Копия НЕ будет зашифрована: любой, к кому попадёт файл, сможет прочитать всё его дело. Записывайте её только на зашифрованный носитель, передайте ему, затем удалите.</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Предупреждение</translation>
    </message>
    <message>
        <source>Preparing the copy</source>
        <translation>Подготовка копии</translation>
    </message>
    <message>
        <source>Copy status</source>
        <translation>Состояние копии</translation>
    </message>
    <message>
        <source>&amp;Choose where to save…</source>
        <translation>&amp;Выбрать, куда сохранить…</translation>
    </message>
    <message>
        <source>Choose where to save</source>
        <translation>Выбрать, куда сохранить</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Закрыть</translation>
    </message>
    <message>
        <source>Written to %1. Remember: the file is not encrypted.</source>
        <translation>Записано в %1. Помните: файл не зашифрован.</translation>
    </message>
    <message>
        <source>Could not write the copy there. Choose another place.</source>
        <translation>Не удалось записать копию в это место. Выберите другое.</translation>
    </message>
    <message>
        <source>A readable &amp;document (for him, his lawyer)</source>
        <translation>&amp;Читаемый документ (для него, его юриста)</translation>
    </message>
    <message>
        <source>Readable document</source>
        <translation>Читаемый документ</translation>
    </message>
    <message>
        <source>&amp;JSON, for other programs</source>
        <translation>&amp;JSON для других программ</translation>
    </message>
    <message>
        <source>JSON for other programs</source>
        <translation>JSON для других программ</translation>
    </message>
</context>
<context>
    <name>SyncDialog</name>
    <message>
        <source>CaseVault bundles (*.cvb);;All files (*)</source>
        <translation>Пакеты CaseVault (*.cvb);;Все файлы (*)</translation>
    </message>
    <message>
        <source>Sync with my other laptops</source>
        <translation>Синхронизация с моими ноутбуками</translation>
    </message>
    <message>
        <source>Writes what your organisation's other laptops lack since your last sync, encrypted for them only. Take the file to each of them (USB stick) and import it there with “Import a bundle…”; then do the same the other way round.</source>
        <translation>Записывает то, чего не хватает другим ноутбукам вашей организации с последней синхронизации, в зашифрованном только для них виде. Перенесите файл на каждый из них (флешкой) и импортируйте там через «Импортировать пакет…»; затем сделайте то же самое в обратную сторону.</translation>
    </message>
    <message>
        <source>Send &amp;every case, not only what changed</source>
        <translation>Отправить &amp;все дела, а не только изменённые</translation>
    </message>
    <message>
        <source>Send every case, not only what changed</source>
        <translation>Отправить все дела, а не только изменённые</translation>
    </message>
    <message>
        <source>&amp;Write the sync bundle…</source>
        <translation>&amp;Записать пакет синхронизации…</translation>
    </message>
    <message>
        <source>Write the sync bundle to a file</source>
        <translation>Записать пакет синхронизации в файл</translation>
    </message>
    <message>
        <source>Save the sync bundle</source>
        <translation>Сохранить пакет синхронизации</translation>
    </message>
    <message>
        <source>Could not write the bundle to this place.</source>
        <translation>Не удалось записать пакет в это место.</translation>
    </message>
    <message numerus="yes">
        <source>Sync bundle written to %1: %n case(s).</source>
        <translation>
            <numerusform>Пакет синхронизации записан в %1: %n дело.</numerusform>
            <numerusform>Пакет синхронизации записан в %1: %n дела.</numerusform>
            <numerusform>Пакет синхронизации записан в %1: %n дел.</numerusform>
        </translation>
    </message>
    <message>
        <source>Writing the sync bundle…</source>
        <translation>Запись пакета синхронизации…</translation>
    </message>
</context>
<context>
    <name>UnmergeDialog</name>
    <message>
        <source>Unmerge</source>
        <translation>Разделить</translation>
    </message>
    <message>
        <source>Cases merged into %1:</source>
        <translation>Дела, объединённые с %1:</translation>
    </message>
    <message>
        <source>Cases merged into this one</source>
        <translation>Дела, объединённые с этим</translation>
    </message>
    <message>
        <source>Unmerge problem</source>
        <translation>Проблема при разделении</translation>
    </message>
    <message>
        <source>&amp;Unmerge…</source>
        <translation>&amp;Разделить…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Закрыть</translation>
    </message>
    <message>
        <source>Make %1 a separate case again?</source>
        <translation>Снова сделать %1 отдельным делом?</translation>
    </message>
    <message>
        <source>Fields the merge filled in the kept case are emptied again, unless someone changed them since. Both cases are then shown separately.</source>
        <translation>Поля, которые объединение заполнило в остающемся деле, снова очищаются, если с тех пор их никто не менял. Затем оба дела показываются отдельно.</translation>
    </message>
    <message>
        <source>&amp;Unmerge</source>
        <translation>&amp;Разделить</translation>
    </message>
</context>
<context>
    <name>AttachmentTableModel</name>
    <message>
        <source>Other file</source>
        <translation>Другой файл</translation>
    </message>
    <message>
        <source>Derived copy</source>
        <translation>Производная копия</translation>
    </message>
    <message>
        <source>PDF document</source>
        <translation>Документ PDF</translation>
    </message>
    <message>
        <source>Image</source>
        <translation>Изображение</translation>
    </message>
    <message>
        <source>made here from an original</source>
        <translation>сделана здесь из оригинала</translation>
    </message>
    <message>
        <source>not recorded</source>
        <translation>не записано</translation>
    </message>
    <message>
        <source>File name</source>
        <translation>Имя файла</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Тип</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Размер</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>Добавлено</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Получено</translation>
    </message>
    <message>
        <source>Examination</source>
        <translation>Осмотр</translation>
    </message>
</context>
<context>
    <name>SubjectAccessText</name>
    <message>
        <source>Copy of the data held about case %1</source>
        <translation>Копия данных, хранящихся по делу %1</translation>
    </message>
    <message>
        <source>Made on %1. This document is not encrypted.</source>
        <translation>Создано %1. Этот документ не зашифрован.</translation>
    </message>
    <message>
        <source>The case</source>
        <translation>Дело</translation>
    </message>
    <message>
        <source>Id</source>
        <translation>Номер</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Создано</translation>
    </message>
    <message>
        <source>Last changed</source>
        <translation>Последнее изменение</translation>
    </message>
    <message>
        <source>Origin organisation</source>
        <translation>Организация-источник</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>Удалено</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>да</translation>
    </message>
    <message>
        <source>no</source>
        <translation>нет</translation>
    </message>
    <message>
        <source>Versions of fields received from other organisations or laptops</source>
        <translation>Версии полей, полученные от других организаций или ноутбуков</translation>
    </message>
    <message>
        <source>None.</source>
        <translation>Нет.</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>Хронология</translation>
    </message>
    <message>
        <source>No events.</source>
        <translation>Событий нет.</translation>
    </message>
    <message>
        <source>Evaluation %1</source>
        <translation>Оценка %1</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Состояние</translation>
    </message>
    <message>
        <source>Signature check</source>
        <translation>Проверка подписи</translation>
    </message>
    <message>
        <source>Superseded by</source>
        <translation>Заменена</translation>
    </message>
    <message>
        <source>Screenings (evaluations)</source>
        <translation>Проверки (оценки)</translation>
    </message>
    <message>
        <source>Consent statements</source>
        <translation>Заявления о согласии</translation>
    </message>
    <message>
        <source>witness: %1</source>
        <translation>свидетель: %1</translation>
    </message>
    <message>
        <source>Exports without consent (with the written reason)</source>
        <translation>Передачи без согласия (с письменной причиной)</translation>
    </message>
    <message>
        <source>to %1</source>
        <translation>кому: %1</translation>
    </message>
    <message>
        <source>(reason erased)</source>
        <translation>(причина стёрта)</translation>
    </message>
    <message>
        <source>Partners that received this file</source>
        <translation>Партнёры, получившие это дело</translation>
    </message>
    <message>
        <source>bundle %1</source>
        <translation>пакет %1</translation>
    </message>
    <message>
        <source>Attachments</source>
        <translation>Вложения</translation>
    </message>
    <message>
        <source>%1 bytes</source>
        <translation>байт: %1</translation>
    </message>
    <message>
        <source>Log of actions on this file</source>
        <translation>Журнал действий с этим делом</translation>
    </message>
    <message>
        <source>The evaluation as stored and signed:</source>
        <translation>Оценка в том виде, в каком она хранится и подписана:</translation>
    </message>
    <message>
        <source>details: %1</source>
        <translation>подробности: %1</translation>
    </message>
</context>
</TS>
