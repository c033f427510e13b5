#pragma once

#include "core/Sku.h"

#include <QAbstractTableModel>
#include <QList>
#include <QStringList>

#include <optional>

namespace kefu {

// A product's SKUs as the 颜色 × 尺码 table buyers think in: one row per colour, one column per size, each cell the
// SKU's price and stock (sold out greyed; a combination the shop does not sell is a dash).
class SkuGridModel : public QAbstractTableModel {
    Q_OBJECT

public:
    enum Role { StockRole = Qt::UserRole + 1, SkuRowIdRole };

    using QAbstractTableModel::QAbstractTableModel;

    void setSkus(const QList<Sku>& skus);
    std::optional<Sku> skuAt(const QModelIndex& index) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;

private:
    static QString rowValue(const Sku& sku);
    static QString columnValue(const Sku& sku);

    QStringList m_rows;                 // colours, in SKU order
    QStringList m_columns;              // sizes, in SKU order
    QList<std::optional<Sku>> m_cells;  // row-major
};

}  // namespace kefu
