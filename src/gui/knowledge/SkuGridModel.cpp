#include "gui/knowledge/SkuGridModel.h"

#include <QBrush>
#include <QColor>
#include <QFont>

using namespace Qt::StringLiterals;

namespace kefu {

namespace {
const QColor kSoldOutText(0x9e, 0x9e, 0x9e);
const QColor kSoldOutBackground(0xf2, 0xf2, 0xf2);
const QColor kLowStockText(0xd4, 0x6b, 0x08);
constexpr int kLowStock = 5;
}  // namespace

// SKUs are 颜色×尺码 pairs; the first spec is the row, the second the column, so a one-spec SKU still shows.
QString SkuGridModel::rowValue(const Sku& sku) {
    return sku.spec.isEmpty() ? QString() : sku.spec.constFirst().value;
}

QString SkuGridModel::columnValue(const Sku& sku) {
    return sku.spec.size() < 2 ? QString() : sku.spec.at(1).value;
}

void SkuGridModel::setSkus(const QList<Sku>& skus) {
    beginResetModel();
    m_rows.clear();
    m_columns.clear();
    for (const Sku& sku : skus) {
        if (!m_rows.contains(rowValue(sku))) {
            m_rows.append(rowValue(sku));
        }
        if (!m_columns.contains(columnValue(sku))) {
            m_columns.append(columnValue(sku));
        }
    }
    m_cells = QList<std::optional<Sku>>(m_rows.size() * m_columns.size());
    for (const Sku& sku : skus) {
        m_cells[m_rows.indexOf(rowValue(sku)) * m_columns.size() + m_columns.indexOf(columnValue(sku))] = sku;
    }
    endResetModel();
}

std::optional<Sku> SkuGridModel::skuAt(const QModelIndex& index) const {
    if (!index.isValid() || index.model() != this) {
        return std::nullopt;
    }
    return m_cells.value(index.row() * m_columns.size() + index.column());
}

int SkuGridModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : int(m_rows.size());
}

int SkuGridModel::columnCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : int(m_columns.size());
}

QVariant SkuGridModel::data(const QModelIndex& index, int role) const {
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)) {
        return {};
    }
    const std::optional<Sku> sku = skuAt(index);
    const bool soldOut = sku && sku->stock <= 0;
    switch (role) {
        case Qt::DisplayRole:
            if (!sku) {
                return u"—"_s;
            }
            return soldOut ? tr("%1\n已售罄").arg(sku->price.display())
                           : tr("%1\n库存 %2").arg(sku->price.display()).arg(sku->stock);
        case Qt::ToolTipRole:
            return sku ? tr("%1　%2　库存 %3　商家编码 %4")
                             .arg(sku->specText(), sku->price.display())
                             .arg(sku->stock)
                             .arg(sku->outerId)
                       : tr("无此规格");
        case Qt::TextAlignmentRole:
            return int(Qt::AlignCenter);
        case Qt::ForegroundRole:
            if (!sku || soldOut) {
                return QBrush(kSoldOutText);
            }
            return sku->stock <= kLowStock ? QVariant(QBrush(kLowStockText)) : QVariant();
        case Qt::BackgroundRole:
            return soldOut ? QVariant(QBrush(kSoldOutBackground)) : QVariant();
        case StockRole:
            return sku ? QVariant(sku->stock) : QVariant();
        case SkuRowIdRole:
            return sku ? QVariant(sku->id) : QVariant();
        default:
            return {};
    }
}

QVariant SkuGridModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (role != Qt::DisplayRole) {
        return {};
    }
    const QStringList& labels = orientation == Qt::Horizontal ? m_columns : m_rows;
    if (section < 0 || section >= labels.size()) {
        return {};
    }
    return labels.at(section).isEmpty() ? tr("默认") : labels.at(section);
}

Qt::ItemFlags SkuGridModel::flags(const QModelIndex& index) const {
    if (!index.isValid()) {
        return Qt::NoItemFlags;
    }
    return skuAt(index) ? Qt::ItemIsEnabled | Qt::ItemIsSelectable : Qt::ItemIsEnabled;
}

}  // namespace kefu
