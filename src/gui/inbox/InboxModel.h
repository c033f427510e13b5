#pragma once

#include "gui/inbox/InboxPager.h"
#include "store/InboxQuery.h"
#include "store/InboxRow.h"

#include <QAbstractListModel>
#include <QList>
#include <QSet>
#include <QString>

#include <deque>
#include <optional>

namespace kefu {

class Clock;
class ConversationRepository;

// The agent's inbox in one view (待回复, 我的, 全部, 已结束), fetched 50 rows at a time by keyset from
// ConversationRepository::inboxPage. A changed conversation is re-read alone and inserted, moved or removed in
// place, so the selection and the scroll position stay where the agent left them.
class InboxModel : public QAbstractListModel {
    Q_OBJECT

public:
    static constexpr int kPageSize = 50;

    // `agentId` is the signed-in agent, for the 我的 view.
    InboxModel(ConversationRepository& conversations, const Clock& clock, std::optional<qint64> agentId,
               QObject* parent = nullptr);

    InboxView view() const { return m_pager.view(); }
    // Switches the view and loads its first page.
    void setView(InboxView view);
    // Drops the rows and loads the first page again.
    void reload();
    // Re-reads one conversation and puts it where the view's order says: updated, moved, inserted or removed.
    void refreshConversation(qint64 id);
    // The same with a row the caller has just read (empty: the conversation is gone).
    void applyRow(qint64 id, const std::optional<InboxRow>& fresh);

    int rowOf(qint64 conversationId) const;  // -1 when not loaded
    const InboxRow& rowAt(int row) const { return m_rows.at(static_cast<std::size_t>(row)); }
    bool belongsToView(const InboxRow& row) const;
    const QString& lastError() const { return m_lastError; }

    int rowCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;
    bool canFetchMore(const QModelIndex& parent) const override;
    void fetchMore(const QModelIndex& parent) override;

Q_SIGNALS:
    void loadFailed(const QString& message);

private:
    // Marks the rows as changing for the guard's lifetime; nests (place() calls removeAt()).
    class ChangeGuard {
    public:
        explicit ChangeGuard(bool& changing) : m_changing(changing), m_was(changing) { m_changing = true; }
        ~ChangeGuard() { m_changing = m_was; }
        ChangeGuard(const ChangeGuard&) = delete;
        ChangeGuard& operator=(const ChangeGuard&) = delete;

    private:
        bool& m_changing;
        bool m_was;
    };

    // The pager's page, its error (if any) kept and reported; empty on error.
    std::optional<QList<InboxRow>> reported(std::optional<QList<InboxRow>> page);
    bool sortsBefore(const InboxRow& a, const InboxRow& b) const;
    int placeFor(const InboxRow& row, int skipping) const;  // its index among the rows other than `skipping`
    void removeAt(int row);
    void place(const InboxRow& fresh, int old);

    ConversationRepository& m_conversations;
    const Clock& m_clock;
    InboxPager m_pager;
    // A deque: a page appended at 100k rows never moves the rows already loaded (a QList's growth copied 8 MB in one
    // frame), and a conversation moving to the top does not shift the ones below it.
    std::deque<InboxRow> m_rows;
    QSet<qint64> m_loadedIds;  // the ids in m_rows
    // Set while rows are being changed: views and testers call fetchMore from inside the begin/end signals, and a
    // page fetched then would be keyed on (and de-duplicated against) rows that are about to change.
    bool m_changing = false;
    QString m_lastError;
};

}  // namespace kefu
