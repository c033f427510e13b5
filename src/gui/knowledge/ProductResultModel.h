#pragma once

#include "store/ProductHit.h"
#include "store/ProductRepository.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QList>

namespace kefu {

// Product search results: title, price range and total stock, one compact row each.
class ProductResultModel : public QAbstractTableModel {
    Q_OBJECT

public:
    enum Column { TitleColumn, PriceColumn, StockColumn, ColumnCount };
    enum Role { ProductIdRole = Qt::UserRole + 1 };

    using QAbstractTableModel::QAbstractTableModel;

    // A new search replaces the whole list (rows changed, removed or added; never a reset).
    void setResults(const QList<ProductHit>& hits, const QHash<qint64, PriceRange>& prices);
    qint64 productIdAt(int row) const;  // 0 when out of range

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    friend struct ListModelRows;  // setResults inserts and removes rows through applyListUpdate

    QString priceText(const ProductHit& hit) const;

    QList<ProductHit> m_hits;
    QHash<qint64, PriceRange> m_prices;
};

}  // namespace kefu
