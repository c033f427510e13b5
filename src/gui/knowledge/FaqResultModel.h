#pragma once

#include "core/KnowledgeArticle.h"

#include <QAbstractListModel>
#include <QList>

#include <optional>

namespace kefu {

// FAQ articles found for a query or listed for a category: one row per question, tagged with its category.
class FaqResultModel : public QAbstractListModel {
    Q_OBJECT

public:
    enum Role { ArticleIdRole = Qt::UserRole + 1, AnswerRole, CategoryRole };

    using QAbstractListModel::QAbstractListModel;

    void setArticles(const QList<KnowledgeArticle>& articles);  // a new query replaces the list
    std::optional<KnowledgeArticle> articleAt(int row) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;

private:
    QList<KnowledgeArticle> m_articles;
};

}  // namespace kefu
