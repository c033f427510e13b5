#include "store/QuickPhraseRepository.h"

#include "store/Database.h"
#include "store/StatementCache.h"

#include <QCoreApplication>
#include <QHash>
#include <QSet>
#include <QSqlQuery>
#include <QVariant>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace kefu {

namespace {

QString loadFailed() {
    return QCoreApplication::translate("kefu::Store", "读取快捷短语失败");
}

QString saveFailed() {
    return QCoreApplication::translate("kefu::Store", "保存快捷短语失败");
}

QString phraseNotFound() {
    return QCoreApplication::translate("kefu::Store", "快捷短语不存在");
}

// The list a phrase is ordered in: its group, and within it the shop's phrases or one agent's own.
struct PhraseList {
    QString groupName;
    QString scope;
    QVariant owner;  // null for shop phrases

    bool sameAs(const PhraseList& other) const {
        return groupName == other.groupName && scope == other.scope && owner.isNull() == other.owner.isNull() &&
               owner.toLongLong() == other.owner.toLongLong();
    }
};

QVariant ownerVariant(const std::optional<qint64>& owner) {
    return owner ? QVariant(*owner) : QVariant(QMetaType::fromType<qint64>());
}

PhraseList listOf(const QuickPhrase& phrase) {
    return {phrase.groupName, phraseScopeKey(phrase.scope), ownerVariant(phrase.ownerAgentId)};
}

Status validate(const QuickPhrase& phrase) {
    if (phrase.body.trimmed().isEmpty()) {
        return Error{ErrorCode::InvalidInput, QCoreApplication::translate("kefu::Store", "短语内容不能为空"), {}};
    }
    if (phrase.groupName.trimmed().isEmpty()) {
        return Error{ErrorCode::InvalidInput, QCoreApplication::translate("kefu::Store", "短语分组不能为空"), {}};
    }
    return {};
}

Result<int> nextSortOrder(const QSqlDatabase& db, const PhraseList& list) {
    Result<QSqlQuery> query = StatementCache::execOnce(db,
                                                       u"SELECT coalesce(max(sort_order) + 1, 0) FROM quick_phrase "
                                                       "WHERE group_name = ? AND scope = ? AND owner_agent_id IS ?"_s,
                                                       {list.groupName, list.scope, list.owner}, saveFailed());
    if (!query) {
        return query.error();
    }
    return query->next() ? query->value(0).toInt() : 0;
}

Result<PhraseList> storedList(const QSqlDatabase& db, qint64 id) {
    Result<QSqlQuery> query = StatementCache::execOnce(
        db, u"SELECT group_name, scope, owner_agent_id FROM quick_phrase WHERE id = ?"_s, {id}, loadFailed());
    if (!query) {
        return query.error();
    }
    if (!query->next()) {
        return Error{ErrorCode::NotFound, phraseNotFound(), QString::number(id)};
    }
    const QVariant owner = query->value(2);
    return PhraseList{query->value(0).toString(), query->value(1).toString(),
                      owner.isNull() ? ownerVariant(std::nullopt) : ownerVariant(owner.toLongLong())};
}

}  // namespace

QuickPhraseRepository::QuickPhraseRepository(Database& db) : m_db(db) {}

Result<qint64> QuickPhraseRepository::add(const QuickPhrase& phrase) {
    qint64 id = 0;
    const Status status = m_db.transaction([&]() -> Status {
        Result<qint64> inserted = insert(phrase);
        if (!inserted) {
            return inserted.error();
        }
        id = *inserted;
        return {};
    });
    if (!status) {
        return status.error();
    }
    return id;
}

Result<qint64> QuickPhraseRepository::insert(const QuickPhrase& phrase) {
    if (Status valid = validate(phrase); !valid) {
        return valid.error();
    }
    const QSqlDatabase db = m_db.connection();
    const PhraseList list = listOf(phrase);
    const Result<int> sortOrder = nextSortOrder(db, list);
    if (!sortOrder) {
        return sortOrder.error();
    }
    Result<QSqlQuery> query = StatementCache::execOnce(
        db,
        u"INSERT INTO quick_phrase (group_name, scope, owner_agent_id, shortcut_code, body, sort_order) "
        "VALUES (?, ?, ?, ?, ?, ?)"_s,
        {list.groupName, list.scope, list.owner, phrase.shortcutCode, phrase.body, *sortOrder}, saveFailed());
    if (!query) {
        return query.error();
    }
    return query->lastInsertId().toLongLong();
}

Status QuickPhraseRepository::update(const QuickPhrase& phrase) {
    if (Status valid = validate(phrase); !valid) {
        return valid;
    }
    return m_db.transaction([&]() -> Status {
        const QSqlDatabase db = m_db.connection();
        const Result<PhraseList> old = storedList(db, phrase.id);
        if (!old) {
            return old.error();
        }
        const PhraseList list = listOf(phrase);
        QString sql =
            u"UPDATE quick_phrase SET group_name = ?, scope = ?, owner_agent_id = ?, shortcut_code = ?, "
            "body = ?"_s;
        QVariantList values{list.groupName, list.scope, list.owner, phrase.shortcutCode, phrase.body};
        if (!old->sameAs(list)) {
            const Result<int> sortOrder = nextSortOrder(db, list);
            if (!sortOrder) {
                return sortOrder.error();
            }
            sql += u", sort_order = ?"_s;
            values.append(*sortOrder);
        }
        values.append(phrase.id);
        Result<QSqlQuery> query = StatementCache::execOnce(db, sql + u" WHERE id = ?"_s, values, saveFailed());
        return query ? Status{} : Status{query.error()};
    });
}

Status QuickPhraseRepository::remove(qint64 id) {
    return StatementCache::execChanging(m_db.connection(), u"DELETE FROM quick_phrase WHERE id = ?"_s, {id},
                                        QCoreApplication::translate("kefu::Store", "删除快捷短语失败"),
                                        phraseNotFound());
}

namespace {

QuickPhrase phraseFromRow(const QSqlQuery& row) {
    QuickPhrase phrase;
    phrase.id = row.value(0).toLongLong();
    phrase.groupName = row.value(1).toString();
    phrase.scope = phraseScopeFromKey(row.value(2).toString()).value_or(PhraseScope::Shop);
    if (!row.value(3).isNull()) {
        phrase.ownerAgentId = row.value(3).toLongLong();
    }
    phrase.shortcutCode = row.value(4).toString();
    phrase.body = row.value(5).toString();
    phrase.useCount = row.value(6).toInt();
    phrase.sortOrder = row.value(7).toInt();
    return phrase;
}

}  // namespace

Result<QuickPhrase> QuickPhraseRepository::get(qint64 id) const {
    Result<QSqlQuery> row = StatementCache::execOnce(
        m_db.connection(),
        u"SELECT id, group_name, scope, owner_agent_id, shortcut_code, body, use_count, sort_order "
        "FROM quick_phrase WHERE id = ?"_s,
        {id}, loadFailed());
    if (!row) {
        return row.error();
    }
    if (!row->next()) {
        return Error{ErrorCode::NotFound, phraseNotFound(), QString::number(id)};
    }
    return phraseFromRow(*row);
}

Result<QList<QuickPhrase>> QuickPhraseRepository::listVisibleTo(qint64 agentId) const {
    Result<QSqlQuery> rows = StatementCache::execOnce(
        m_db.connection(),
        u"SELECT q.id, q.group_name, q.scope, q.owner_agent_id, q.shortcut_code, q.body, q.use_count, q.sort_order "
        "FROM quick_phrase q "
        "JOIN (SELECT group_name, min(id) AS first_id FROM quick_phrase GROUP BY group_name) g "
        "ON g.group_name = q.group_name "
        "WHERE q.scope = 'shop' OR q.owner_agent_id = ? "
        "ORDER BY g.first_id, q.scope = 'personal', q.sort_order, q.id"_s,
        {agentId}, loadFailed());
    if (!rows) {
        return rows.error();
    }
    QList<QuickPhrase> phrases;
    while (rows->next()) {
        phrases.append(phraseFromRow(*rows));
    }
    return phrases;
}

Result<QStringList> QuickPhraseRepository::groups() const {
    return StatementCache::firstColumn(
        m_db.connection(), u"SELECT group_name FROM quick_phrase GROUP BY group_name ORDER BY min(id)"_s, loadFailed());
}

Status QuickPhraseRepository::move(qint64 id, int newIndexInGroup) {
    return m_db.transaction([&]() -> Status {
        const QSqlDatabase db = m_db.connection();
        const Result<PhraseList> list = storedList(db, id);
        if (!list) {
            return list.error();
        }
        Result<QSqlQuery> rows = StatementCache::execOnce(
            db,
            u"SELECT id FROM quick_phrase WHERE group_name = ? AND scope = ? AND owner_agent_id IS ? "
            "ORDER BY sort_order, id"_s,
            {list->groupName, list->scope, list->owner}, loadFailed());
        if (!rows) {
            return rows.error();
        }
        QList<qint64> ids;
        while (rows->next()) {
            ids.append(rows->value(0).toLongLong());
        }
        rows->finish();
        ids.removeOne(id);
        ids.insert(std::clamp<qsizetype>(newIndexInGroup, 0, ids.size()), id);
        for (qsizetype i = 0; i < ids.size(); ++i) {
            Result<QSqlQuery> renumbered = StatementCache::execOnce(
                db, u"UPDATE quick_phrase SET sort_order = ? WHERE id = ? AND sort_order <> ?"_s,
                {int(i), ids.at(i), int(i)}, saveFailed());
            if (!renumbered) {
                return renumbered.error();
            }
        }
        return {};
    });
}

Status QuickPhraseRepository::recordUse(qint64 id) {
    return StatementCache::execChanging(m_db.connection(),
                                        u"UPDATE quick_phrase SET use_count = use_count + 1 WHERE id = ?"_s, {id},
                                        saveFailed(), phraseNotFound());
}

Status QuickPhraseRepository::importPhrases(const QList<QuickPhrase>& phrases) {
    return m_db.transaction([&]() -> Status {
        for (const QuickPhrase& phrase : phrases) {
            Result<qint64> inserted = insert(phrase);
            if (!inserted) {
                return inserted.error();
            }
        }
        return {};
    });
}

namespace {

// What makes two phrases of one list the same for an import.
QString duplicateKey(const QString& group, const QString& code, const QString& body) {
    return group + QChar(0x1F) + code + QChar(0x1F) + body;
}

QString listKey(const PhraseList& list) {
    return list.scope + QChar(0x1F) + (list.owner.isNull() ? QString() : list.owner.toString());
}

// The import's view of the store: the keys already in each touched scope/owner and each list's next sort order,
// read once per list rather than once per row.
class ImportState {
public:
    explicit ImportState(StatementCache& statements) : m_statements(statements) {}

    Result<bool> isDuplicate(const PhraseList& list, const QuickPhrase& phrase) {
        const QString scopeKey = listKey(list);
        if (!m_keysLoaded.contains(scopeKey)) {
            if (Status loaded = loadKeys(list, scopeKey); !loaded) {
                return loaded.error();
            }
        }
        QSet<QString>& keys = m_keys[scopeKey];
        const QString key = duplicateKey(phrase.groupName, phrase.shortcutCode, phrase.body);
        if (keys.contains(key)) {
            return true;
        }
        keys.insert(key);
        return false;
    }

    Result<int> takeSortOrder(const PhraseList& list) {
        const QString key = listKey(list) + QChar(0x1F) + list.groupName;
        auto next = m_nextSortOrder.find(key);
        if (next == m_nextSortOrder.end()) {
            Result<int> stored = m_statements.scalarInt(
                u"SELECT coalesce(max(sort_order) + 1, 0) FROM quick_phrase "
                "WHERE group_name = ? AND scope = ? AND owner_agent_id IS ?"_s,
                {list.groupName, list.scope, list.owner}, saveFailed());
            if (!stored) {
                return stored.error();
            }
            next = m_nextSortOrder.insert(key, *stored);
        }
        return (*next)++;
    }

private:
    Status loadKeys(const PhraseList& list, const QString& scopeKey) {
        Result<QSqlQuery*> rows = m_statements.exec(
            u"SELECT group_name, shortcut_code, body FROM quick_phrase WHERE scope = ? AND owner_agent_id IS ?"_s,
            {list.scope, list.owner}, loadFailed());
        if (!rows) {
            return rows.error();
        }
        QSet<QString>& keys = m_keys[scopeKey];
        while ((*rows)->next()) {
            keys.insert(
                duplicateKey((*rows)->value(0).toString(), (*rows)->value(1).toString(), (*rows)->value(2).toString()));
        }
        (*rows)->finish();
        m_keysLoaded.insert(scopeKey);
        return {};
    }

    StatementCache& m_statements;
    QSet<QString> m_keysLoaded;
    QHash<QString, QSet<QString>> m_keys;
    QHash<QString, int> m_nextSortOrder;
};

}  // namespace

Result<QuickPhraseRepository::ImportOutcome> QuickPhraseRepository::importNew(const QList<QuickPhrase>& phrases) {
    ImportOutcome outcome;
    StatementCache statements(m_db.connection());
    const Status status = m_db.transaction([&]() -> Status {
        ImportState state(statements);
        for (const QuickPhrase& phrase : phrases) {
            if (Status valid = validate(phrase); !valid) {
                return valid;
            }
            const PhraseList list = listOf(phrase);
            const Result<bool> duplicate = state.isDuplicate(list, phrase);
            if (!duplicate) {
                return duplicate.error();
            }
            if (*duplicate) {
                ++outcome.skippedDuplicates;
                continue;
            }
            const Result<int> sortOrder = state.takeSortOrder(list);
            if (!sortOrder) {
                return sortOrder.error();
            }
            Result<QSqlQuery*> inserted = statements.exec(
                u"INSERT INTO quick_phrase (group_name, scope, owner_agent_id, shortcut_code, body, sort_order) "
                "VALUES (?, ?, ?, ?, ?, ?)"_s,
                {list.groupName, list.scope, list.owner, phrase.shortcutCode, phrase.body, *sortOrder}, saveFailed());
            if (!inserted) {
                return inserted.error();
            }
            (*inserted)->finish();
            ++outcome.imported;
        }
        return {};
    });
    if (!status) {
        return status.error();
    }
    return outcome;
}

Result<int> QuickPhraseRepository::count() const {
    Result<QSqlQuery> query =
        StatementCache::execOnce(m_db.connection(), u"SELECT count(*) FROM quick_phrase"_s, {}, loadFailed());
    if (!query) {
        return query.error();
    }
    return query->next() ? query->value(0).toInt() : 0;
}

}  // namespace kefu
