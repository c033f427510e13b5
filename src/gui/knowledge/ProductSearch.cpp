#include "gui/knowledge/ProductSearch.h"

#include "store/Database.h"

#include <QAtomicInteger>
#include <QRegularExpression>
#include <QSet>

using namespace Qt::StringLiterals;

namespace kefu {

namespace {

constexpr int kTitlePage = 5000;

bool looksLikeInitials(const QString& query) {
    if (query.size() < 2) {
        return false;
    }
    for (const QChar c : query) {
        if (c.unicode() >= 0x80 || !c.isLetterOrNumber()) {
            return false;
        }
    }
    return true;
}

// "面料 纯棉", "面料:纯棉", "面料：纯棉" → {面料, 纯棉}; the name must be Chinese, so "iphone 15" stays words.
std::optional<std::pair<QString, QString>> attributeQuery(const QString& query) {
    static const QRegularExpression pattern(u"^([^\\s:：]+)\\s*[:：\\s]\\s*(\\S.*)$"_s);
    const QRegularExpressionMatch match = pattern.match(query);
    if (!match.hasMatch() || match.captured(1).front().unicode() < 0x80) {
        return std::nullopt;
    }
    return std::make_pair(match.captured(1), match.captured(2).trimmed());
}

}  // namespace

ProductSearch::ProductSearch(Database& db) : m_products(db) {}

Result<QList<ProductHit>> ProductSearch::find(const QString& rawQuery, int limit) const {
    const QString query = rawQuery.trimmed();
    if (query.isEmpty()) {
        return m_products.listPage(std::nullopt, limit);
    }
    if (const auto attribute = attributeQuery(query)) {
        Result<QList<ProductHit>> hits = m_products.searchByAttribute(attribute->first, attribute->second, limit);
        if (!hits || !hits->isEmpty()) {
            return hits;
        }
    }
    Result<QList<ProductHit>> hits = m_products.search(query, limit);
    if (!hits || !looksLikeInitials(query) || !m_index || hits->size() >= limit) {
        return hits;
    }
    return byInitials(query, *hits, limit);
}

Result<QList<ProductHit>> ProductSearch::byInitials(const QString& query, QList<ProductHit> hits, int limit) const {
    QSet<qint64> seen;
    for (const ProductHit& hit : hits) {
        seen.insert(hit.id);
    }
    QList<qint64> more;
    for (qint64 id : m_index->match(query, limit)) {
        if (!seen.contains(id) && hits.size() + more.size() < limit) {
            more.append(id);
        }
    }
    const Result<QList<ProductHit>> extra = m_products.hits(more);
    if (!extra) {
        return extra.error();
    }
    hits.append(*extra);
    return hits;
}

std::shared_ptr<const TitleInitialsIndex> ProductSearch::buildIndex(const QString& dbPath) {
    static QAtomicInteger<int> serial;
    const QString connection = u"knowledge-titles-"_s + QString::number(serial.fetchAndAddRelaxed(1));
    Result<std::unique_ptr<Database>> db = Database::open(dbPath, connection);
    if (!db) {
        return nullptr;
    }
    auto index = std::make_shared<TitleInitialsIndex>();
    {
        const ProductRepository products(**db);
        std::optional<qint64> after;
        for (;;) {
            const Result<QList<ProductTitle>> page = products.titles(after, kTitlePage);
            if (!page) {
                return nullptr;
            }
            for (const ProductTitle& title : *page) {
                index->add(title.id, title.title);
            }
            if (page->size() < kTitlePage) {
                break;
            }
            after = page->constLast().id;
        }
    }
    return index;
}

}  // namespace kefu
