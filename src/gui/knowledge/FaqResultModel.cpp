#include "gui/knowledge/FaqResultModel.h"

namespace kefu {

void FaqResultModel::setArticles(const QList<KnowledgeArticle>& articles) {
    beginResetModel();
    m_articles = articles;
    endResetModel();
}

std::optional<KnowledgeArticle> FaqResultModel::articleAt(int row) const {
    if (row < 0 || row >= m_articles.size()) {
        return std::nullopt;
    }
    return m_articles.at(row);
}

int FaqResultModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : int(m_articles.size());
}

QVariant FaqResultModel::data(const QModelIndex& index, int role) const {
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)) {
        return {};
    }
    const KnowledgeArticle& article = m_articles.at(index.row());
    switch (role) {
        case Qt::DisplayRole:
            return tr("【%1】%2").arg(article.category, article.question);
        case Qt::ToolTipRole:
            return tr("%1\n\n%2\n\n已使用 %3 次").arg(article.question, article.answer).arg(article.useCount);
        case ArticleIdRole:
            return article.id;
        case AnswerRole:
            return article.answer;
        case CategoryRole:
            return article.category;
        default:
            return {};
    }
}

}  // namespace kefu
