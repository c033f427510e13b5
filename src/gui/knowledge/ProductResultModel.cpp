#include "gui/knowledge/ProductResultModel.h"

#include "gui/widgets/ListModelUpdate.h"

#include <QBrush>
#include <QColor>

using namespace Qt::StringLiterals;

namespace kefu {

void ProductResultModel::setResults(const QList<ProductHit>& hits, const QHash<qint64, PriceRange>& prices) {
    // Rows are replaced in place, the surplus removed or the rest inserted, instead of a reset: a reset also
    // resets the view's header and re-measures it, a visible part of every keystroke. Every kept row is announced:
    // its price range may have changed with the same hit.
    m_prices = prices;
    applyListUpdate(*this, m_hits, hits);
}

qint64 ProductResultModel::productIdAt(int row) const {
    return row >= 0 && row < m_hits.size() ? m_hits.at(row).id : 0;
}

int ProductResultModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : int(m_hits.size());
}

int ProductResultModel::columnCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : ColumnCount;
}

QString ProductResultModel::priceText(const ProductHit& hit) const {
    const PriceRange range = m_prices.value(hit.id, PriceRange{hit.price, hit.price});
    return range.low == range.high ? range.low.display()
                                   : tr("%1–%2").arg(range.low.display(), range.high.toYuanString());
}

QVariant ProductResultModel::data(const QModelIndex& index, int role) const {
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)) {
        return {};
    }
    const ProductHit& hit = m_hits.at(index.row());
    switch (role) {
        case Qt::DisplayRole:
            switch (index.column()) {
                case TitleColumn:
                    return hit.onSale ? hit.title : tr("[已下架] %1").arg(hit.title);
                case PriceColumn:
                    return priceText(hit);
                case StockColumn:
                    return hit.totalStock;
                default:
                    return {};
            }
        case Qt::ToolTipRole:
            return tr("%1\n商品ID %2　%3　库存 %4").arg(hit.title, hit.numIid, priceText(hit)).arg(hit.totalStock);
        case Qt::TextAlignmentRole:
            return index.column() == TitleColumn ? int(Qt::AlignLeft | Qt::AlignVCenter)
                                                 : int(Qt::AlignRight | Qt::AlignVCenter);
        case Qt::ForegroundRole:
            return !hit.onSale || hit.totalStock <= 0 ? QVariant(QBrush(QColor(0x9e, 0x9e, 0x9e))) : QVariant();
        case ProductIdRole:
            return hit.id;
        default:
            return {};
    }
}

QVariant ProductResultModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) {
        return QAbstractTableModel::headerData(section, orientation, role);
    }
    switch (section) {
        case TitleColumn:
            return tr("商品");
        case PriceColumn:
            return tr("价格");
        case StockColumn:
            return tr("库存");
        default:
            return {};
    }
}

}  // namespace kefu
