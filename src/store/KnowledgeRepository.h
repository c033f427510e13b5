#pragma once

#include "core/KnowledgeArticle.h"
#include "core/Result.h"

#include <QList>
#include <QString>
#include <QStringList>
#include <QtGlobal>

namespace kefu {

class Database;

// The FAQ (商品知识 / 常见问题) and its full-text index.
class KnowledgeRepository {
public:
    explicit KnowledgeRepository(Database& db);

    // Stores the article and its index row; returns the new id. An empty question, answer or category is
    // InvalidInput. Keywords are stored space-separated, so a keyword cannot contain spaces.
    Result<qint64> add(const KnowledgeArticle& article);
    Status update(const KnowledgeArticle& article);  // keeps useCount; NotFound
    Status remove(qint64 id);                        // NotFound
    Result<KnowledgeArticle> find(qint64 id) const;  // NotFound
    // Ranked by bm25 with the question weighted highest, then keywords, then the answer; then by id.
    Result<QList<KnowledgeArticle>> search(const QString& query, int limit = 10) const;
    Result<QList<KnowledgeArticle>> listByCategory(const QString& category) const;  // most used first, then id
    Result<QStringList> categories() const;                                         // in the order they were first used
    Status recordUse(qint64 id);                                                    // NotFound
    Result<int> count() const;

private:
    Status writeFts(qint64 id, const KnowledgeArticle& article, bool remove);

    Database& m_db;
};

}  // namespace kefu
