#include "store/KnowledgeRepository.h"

#include "store/Database.h"
#include "store/FtsText.h"
#include "store/StatementCache.h"

#include <QCoreApplication>
#include <QSqlQuery>
#include <QVariant>

using namespace Qt::StringLiterals;

namespace kefu {

namespace {

constexpr int kMaxSearchLimit = 100;
// bm25 weights per knowledge_fts column (question, answer, keywords): a word in the question says most about what
// the article is for, a keyword was chosen for it, the answer merely mentions it.
constexpr double kQuestionWeight = 10.0;
constexpr double kAnswerWeight = 1.0;
constexpr double kKeywordsWeight = 4.0;

QString loadFailed() {
    return QCoreApplication::translate("kefu::Store", "读取知识库失败");
}

QString saveFailed() {
    return QCoreApplication::translate("kefu::Store", "保存知识库条目失败");
}

QString entryNotFound() {
    return QCoreApplication::translate("kefu::Store", "知识库条目不存在");
}

const QString kColumns = u"SELECT a.id, a.category, a.question, a.answer, a.keywords, a.use_count "_s;

KnowledgeArticle articleFromQuery(const QSqlQuery& query) {
    KnowledgeArticle article;
    article.id = query.value(0).toLongLong();
    article.category = query.value(1).toString();
    article.question = query.value(2).toString();
    article.answer = query.value(3).toString();
    article.keywords = query.value(4).toString().split(u' ', Qt::SkipEmptyParts);
    article.useCount = query.value(5).toInt();
    return article;
}

QString storedKeywords(const QStringList& keywords) {
    QStringList kept;
    for (const QString& keyword : keywords) {
        const QString trimmed = keyword.trimmed();
        if (!trimmed.isEmpty()) {
            kept.append(trimmed);
        }
    }
    return kept.join(u' ');
}

Status validate(const KnowledgeArticle& article) {
    if (article.question.trimmed().isEmpty()) {
        return Error{ErrorCode::InvalidInput, QCoreApplication::translate("kefu::Store", "问题不能为空"), {}};
    }
    if (article.answer.trimmed().isEmpty()) {
        return Error{ErrorCode::InvalidInput, QCoreApplication::translate("kefu::Store", "答案不能为空"), {}};
    }
    if (article.category.trimmed().isEmpty()) {
        return Error{ErrorCode::InvalidInput, QCoreApplication::translate("kefu::Store", "分类不能为空"), {}};
    }
    for (const QString& keyword : article.keywords) {
        if (keyword.trimmed().contains(u' ')) {
            return Error{ErrorCode::InvalidInput, QCoreApplication::translate("kefu::Store", "关键词不能包含空格"),
                         keyword};
        }
    }
    return {};
}

Result<QList<KnowledgeArticle>> articles(Result<QSqlQuery> rows) {
    if (!rows) {
        return rows.error();
    }
    QList<KnowledgeArticle> result;
    while (rows->next()) {
        result.append(articleFromQuery(*rows));
    }
    return result;
}

}  // namespace

KnowledgeRepository::KnowledgeRepository(Database& db) : m_db(db) {}

Result<qint64> KnowledgeRepository::add(const KnowledgeArticle& article) {
    if (Status valid = validate(article); !valid) {
        return valid.error();
    }
    qint64 id = 0;
    const Status status = m_db.transaction([&]() -> Status {
        Result<QSqlQuery> insert = StatementCache::execOnce(
            m_db.connection(),
            u"INSERT INTO knowledge_article (category, question, answer, keywords) VALUES (?, ?, ?, ?)"_s,
            {article.category, article.question, article.answer, storedKeywords(article.keywords)}, saveFailed());
        if (!insert) {
            return insert.error();
        }
        id = insert->lastInsertId().toLongLong();
        return writeFts(id, article, false);
    });
    if (!status) {
        return status.error();
    }
    return id;
}

Status KnowledgeRepository::update(const KnowledgeArticle& article) {
    if (Status valid = validate(article); !valid) {
        return valid;
    }
    return m_db.transaction([&]() -> Status {
        const Result<KnowledgeArticle> old = find(article.id);
        if (!old) {
            return old.error();
        }
        if (Status removed = writeFts(article.id, *old, true); !removed) {
            return removed;
        }
        Result<QSqlQuery> query = StatementCache::execOnce(
            m_db.connection(),
            u"UPDATE knowledge_article SET category = ?, question = ?, answer = ?, keywords = ? WHERE id = ?"_s,
            {article.category, article.question, article.answer, storedKeywords(article.keywords), article.id},
            saveFailed());
        if (!query) {
            return query.error();
        }
        return writeFts(article.id, article, false);
    });
}

Status KnowledgeRepository::remove(qint64 id) {
    return m_db.transaction([&]() -> Status {
        const Result<KnowledgeArticle> old = find(id);
        if (!old) {
            return old.error();
        }
        if (Status removed = writeFts(id, *old, true); !removed) {
            return removed;
        }
        return StatementCache::execChanging(m_db.connection(), u"DELETE FROM knowledge_article WHERE id = ?"_s, {id},
                                            QCoreApplication::translate("kefu::Store", "删除知识库条目失败"),
                                            entryNotFound());
    });
}

// Contentless FTS5 forgets a row only when told the exact tokens it indexed, so removal recomputes them from the
// stored article; FtsText must therefore stay deterministic (a change to it needs an index rebuild).
Status KnowledgeRepository::writeFts(qint64 id, const KnowledgeArticle& article, bool remove) {
    const QString sql = remove ? u"INSERT INTO knowledge_fts (knowledge_fts, rowid, question, answer, keywords) "
                                 "VALUES ('delete', ?, ?, ?, ?)"_s
                               : u"INSERT INTO knowledge_fts (rowid, question, answer, keywords) VALUES (?, ?, ?, ?)"_s;
    Result<QSqlQuery> query =
        StatementCache::execOnce(m_db.connection(), sql,
                                 {id, FtsText::indexTokens(article.question), FtsText::indexTokens(article.answer),
                                  FtsText::indexTokens(storedKeywords(article.keywords))},
                                 saveFailed());
    return query ? Status{} : Status{query.error()};
}

Result<KnowledgeArticle> KnowledgeRepository::find(qint64 id) const {
    Result<QSqlQuery> row = StatementCache::execOnce(
        m_db.connection(), kColumns + u"FROM knowledge_article a WHERE a.id = ?"_s, {id}, loadFailed());
    if (!row) {
        return row.error();
    }
    if (!row->next()) {
        return Error{ErrorCode::NotFound, entryNotFound(), QString::number(id)};
    }
    return articleFromQuery(*row);
}

Result<QList<KnowledgeArticle>> KnowledgeRepository::search(const QString& query, int limit) const {
    const QString match = FtsText::matchExpression(query);
    if (match.isEmpty() || limit <= 0) {
        return QList<KnowledgeArticle>{};
    }
    return articles(StatementCache::execOnce(
        m_db.connection(),
        kColumns + u"FROM (SELECT rowid AS rid, bm25(knowledge_fts, ?, ?, ?) AS score FROM knowledge_fts "
                   "WHERE knowledge_fts MATCH ? ORDER BY score, rowid LIMIT ?) AS m "
                   "JOIN knowledge_article a ON a.id = m.rid ORDER BY m.score, a.id"_s,
        {kQuestionWeight, kAnswerWeight, kKeywordsWeight, match, qMin(limit, kMaxSearchLimit)}, loadFailed()));
}

Result<QList<KnowledgeArticle>> KnowledgeRepository::listByCategory(const QString& category) const {
    return articles(StatementCache::execOnce(
        m_db.connection(),
        kColumns + u"FROM knowledge_article a WHERE a.category = ? ORDER BY a.use_count DESC, a.id"_s, {category},
        loadFailed()));
}

Result<QStringList> KnowledgeRepository::categories() const {
    return StatementCache::firstColumn(m_db.connection(),
                                       u"SELECT category FROM knowledge_article GROUP BY category ORDER BY min(id)"_s,
                                       loadFailed());
}

Status KnowledgeRepository::recordUse(qint64 id) {
    return StatementCache::execChanging(m_db.connection(),
                                        u"UPDATE knowledge_article SET use_count = use_count + 1 WHERE id = ?"_s, {id},
                                        saveFailed(), entryNotFound());
}

Result<int> KnowledgeRepository::count() const {
    Result<QSqlQuery> query =
        StatementCache::execOnce(m_db.connection(), u"SELECT count(*) FROM knowledge_article"_s, {}, loadFailed());
    if (!query) {
        return query.error();
    }
    return query->next() ? query->value(0).toInt() : 0;
}

}  // namespace kefu
