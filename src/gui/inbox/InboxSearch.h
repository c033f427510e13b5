#pragma once

#include "gui/inbox/InboxSearchResult.h"

#include <QFuture>
#include <QList>
#include <QObject>
#include <QString>
#include <QTimer>

namespace kefu {

// Finds conversations for the inbox's search box off the GUI thread: a 16–19 digit input is an order number
// (findByTid), anything else matches buyer nicks (findByBuyerNick) and chat text (MessageRepository::search).
// Typing is debounced; each search runs on a worker with its own connection to the store, and a result that a
// newer search has overtaken is dropped.
class InboxSearch : public QObject {
    Q_OBJECT

public:
    static constexpr int kDebounceMs = 250;
    static constexpr int kMaxResults = 50;

    explicit InboxSearch(QString databasePath, QObject* parent = nullptr);
    ~InboxSearch() override;  // waits for running searches: each holds a connection to the store

    // Starts (after the debounce) a search for `text`; an empty text cancels the pending one.
    void setText(const QString& text);
    QString text() const { return m_text; }
    bool isBusy() const;

    static bool looksLikeTid(const QString& text);
    // The search itself, on the calling thread with its own connection (named uniquely by `connectionName`).
    static InboxSearchResult run(const QString& databasePath, const QString& text, const QString& connectionName);

Q_SIGNALS:
    void started(const QString& text);
    void finished(const kefu::InboxSearchResult& result);

private:
    void start();

    QString m_databasePath;
    QString m_text;
    QTimer m_debounce;
    int m_generation = 0;
    QList<QFuture<InboxSearchResult>> m_running;
};

}  // namespace kefu
