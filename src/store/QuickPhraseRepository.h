#pragma once

#include "core/QuickPhrase.h"
#include "core/Result.h"

#include <QList>
#include <QStringList>
#include <QtGlobal>

namespace kefu {

class Database;

// 快捷短语. Phrases are ordered inside their list: a group's shop phrases form one list, and each agent's personal
// phrases in that group form another; sort_order numbers a phrase within its list. Groups appear in the order they
// were first used.
class QuickPhraseRepository {
public:
    struct ImportOutcome {
        int imported = 0;
        int skippedDuplicates = 0;  // already in their list with the same group, shortcut code and body
    };

    explicit QuickPhraseRepository(Database& db);

    // Appends at the end of its list (phrase.sortOrder and useCount are ignored); returns the new id. An empty body
    // or group is InvalidInput; a personal phrase without an owner (or a shop phrase with one) is Constraint.
    Result<qint64> add(const QuickPhrase& phrase);
    // Updates group, scope, owner, shortcut and body (NotFound). Moving it to another list appends it there;
    // otherwise its position is kept (use move()).
    Status update(const QuickPhrase& phrase);
    Status remove(qint64 id);                  // NotFound
    Result<QuickPhrase> get(qint64 id) const;  // NotFound
    // Shop phrases and this agent's personal ones: by group, shop before personal, then sort_order.
    Result<QList<QuickPhrase>> listVisibleTo(qint64 agentId) const;
    Result<QStringList> groups() const;
    // Moves the phrase to newIndexInGroup (0-based, clamped) within its list and renumbers the list 0..n-1 in one
    // transaction.
    Status move(qint64 id, int newIndexInGroup);
    Status recordUse(qint64 id);  // NotFound
    // Adds every phrase in list order, all or nothing.
    Status importPhrases(const QList<QuickPhrase>& phrases);
    // A file import: adds, in list order and in one transaction (all or nothing), every phrase that its list does not
    // hold yet; a phrase equal in group, shortcut code and body to one already there (or earlier in `phrases`) is
    // skipped and counted. Prepared statements are reused, so ten thousand rows take well under a second.
    Result<ImportOutcome> importNew(const QList<QuickPhrase>& phrases);
    Result<int> count() const;

private:
    Result<qint64> insert(const QuickPhrase& phrase);

    Database& m_db;
};

}  // namespace kefu
