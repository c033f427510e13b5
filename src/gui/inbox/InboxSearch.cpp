#include "gui/inbox/InboxSearch.h"

#include "core/TaobaoId.h"
#include "logging/Log.h"
#include "store/ConversationRepository.h"
#include "store/Database.h"
#include "store/MessageRepository.h"

#include <QAtomicInteger>
#include <QFutureWatcher>
#include <QSet>
#include <QtConcurrent/QtConcurrentRun>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace kefu {

namespace {

QAtomicInteger<quint64> g_connectionSerial;

void searchText(ConversationRepository& conversations, MessageRepository& messages, InboxSearchResult& result) {
    Result<QList<InboxRow>> byNick = conversations.findByBuyerNick(result.text, InboxSearch::kMaxResults);
    if (!byNick) {
        result.error = byNick.error();
        return;
    }
    result.rows = *byNick;
    QSet<qint64> listed;
    for (const InboxRow& row : std::as_const(result.rows)) {
        listed.insert(row.conversation.id);
    }
    Result<QList<Message>> hits = messages.search(result.text, InboxSearch::kMaxResults);
    if (!hits) {
        result.error = hits.error();
        return;
    }
    // The newest matching line of each conversation, conversations in the order of their newest match.
    QList<qint64> ids;
    for (const Message& hit : std::as_const(*hits)) {
        if (!listed.contains(hit.conversationId) && !result.matches.contains(hit.conversationId)) {
            ids.append(hit.conversationId);
            result.matches.insert(hit.conversationId, hit.body);
        }
    }
    Result<QList<InboxRow>> byText = conversations.rows(ids);
    if (!byText) {
        result.error = byText.error();
        return;
    }
    result.rows.append(*byText);
}

}  // namespace

InboxSearch::InboxSearch(QString databasePath, QObject* parent)
    : QObject(parent), m_databasePath(std::move(databasePath)) {
    m_debounce.setSingleShot(true);
    m_debounce.setInterval(kDebounceMs);
    connect(&m_debounce, &QTimer::timeout, this, &InboxSearch::start);
}

InboxSearch::~InboxSearch() {
    for (QFuture<InboxSearchResult>& running : m_running) {
        running.waitForFinished();
    }
}

void InboxSearch::setText(const QString& text) {
    m_text = text.trimmed();
    ++m_generation;  // whatever is running now answers a question nobody asks any more
    if (m_text.isEmpty()) {
        m_debounce.stop();
        return;
    }
    m_debounce.start();
}

bool InboxSearch::isBusy() const {
    return m_debounce.isActive() ||
           std::any_of(m_running.cbegin(), m_running.cend(), [](const auto& f) { return f.isRunning(); });
}

bool InboxSearch::looksLikeTid(const QString& text) {
    return text.size() >= 16 && text.size() <= TaobaoId::kMaxDigits && TaobaoId::isValid(text);
}

void InboxSearch::start() {
    const int generation = m_generation;
    const QString text = m_text;
    const QString path = m_databasePath;
    const QString connection = u"inbox-search-%1"_s.arg(g_connectionSerial.fetchAndAddRelaxed(1));
    Q_EMIT started(text);
    m_running.removeIf([](const QFuture<InboxSearchResult>& f) { return f.isFinished(); });
    QFuture<InboxSearchResult> future =
        QtConcurrent::run([path, text, connection] { return run(path, text, connection); });
    m_running.append(future);
    auto* watcher = new QFutureWatcher<InboxSearchResult>(this);
    connect(watcher, &QFutureWatcher<InboxSearchResult>::finished, this, [this, watcher, generation] {
        watcher->deleteLater();
        if (generation == m_generation) {
            Q_EMIT finished(watcher->result());
        }
    });
    watcher->setFuture(future);
}

InboxSearchResult InboxSearch::run(const QString& databasePath, const QString& text, const QString& connectionName) {
    InboxSearchResult result;
    result.text = text;
    result.kind = looksLikeTid(text) ? InboxSearchResult::Kind::Tid : InboxSearchResult::Kind::Text;
    auto db = Database::open(databasePath, connectionName);
    if (!db) {
        result.error = db.error();
        log::warn("inbox search: {} ({})", db.error().message, db.error().detail);
        return result;
    }
    {
        ConversationRepository conversations(**db);
        if (result.kind == InboxSearchResult::Kind::Tid) {
            Result<QList<InboxRow>> byTid = conversations.findByTid(text);
            if (byTid) {
                result.rows = *byTid;
            } else {
                result.error = byTid.error();
            }
        } else {
            MessageRepository messages(**db);
            searchText(conversations, messages, result);
        }
    }
    if (result.error) {
        log::warn("inbox search: {} ({})", result.error->message, result.error->detail);
    }
    return result;
}

}  // namespace kefu
