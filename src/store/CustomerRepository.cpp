#include "store/CustomerRepository.h"

#include "store/Database.h"
#include "store/StatementCache.h"

#include <QCoreApplication>

namespace kefu {

using namespace Qt::StringLiterals;

namespace {

QString saveTagsFailed() {
    return QCoreApplication::translate("kefu::Store", "保存顾客标签失败");
}

const QString kSelect = u"SELECT id, buyer_nick, level, note, birthday, phone, address, created_at_ms FROM customer "_s;
QString customerNotFound() {
    return QCoreApplication::translate("kefu::Store", "找不到这位顾客");
}

// The largest code point: in SQLite's binary (UTF-8) order every nick that starts with a prefix sorts below
// prefix + this, so a prefix search is an index range instead of a LIKE scan with wildcard escaping.
const QString kMaxCodePoint = QString::fromUcs4(U"\U0010FFFF");

Customer customerFrom(const QSqlQuery& query) {
    Customer c;
    c.id = query.value(0).toLongLong();
    c.buyerNick = query.value(1).toString();
    c.level = customerLevelFromKey(query.value(2).toString()).value_or(CustomerLevel::New);
    c.note = query.value(3).toString();
    if (!query.value(4).isNull()) {
        const QDate birthday = QDate::fromString(query.value(4).toString(), Qt::ISODate);
        if (birthday.isValid()) {
            c.birthday = birthday;
        }
    }
    c.phone = query.value(5).toString();
    c.address = query.value(6).toString();
    c.createdAtMs = query.value(7).toLongLong();
    return c;
}

QVariant birthdayValue(const std::optional<QDate>& birthday) {
    if (!birthday || !birthday->isValid()) {
        return QVariant(QMetaType::fromType<QString>());  // NULL
    }
    return birthday->toString(Qt::ISODate);
}

}  // namespace

Result<qint64> CustomerRepository::add(const Customer& customer) {
    qint64 id = 0;
    const Status added = m_db.transaction([&]() -> Status {
        Result<QSqlQuery> query = StatementCache::execOnce(
            m_db.connection(),
            u"INSERT INTO customer (buyer_nick, level, note, birthday, phone, address, created_at_ms) "
            u"VALUES (?, ?, ?, ?, ?, ?, ?)"_s,
            {customer.buyerNick, customerLevelKey(customer.level), customer.note, birthdayValue(customer.birthday),
             customer.phone, customer.address, customer.createdAtMs},
            QCoreApplication::translate("kefu::Store", "添加顾客“%1”失败").arg(customer.buyerNick));
        if (!query) {
            return query.error();
        }
        id = query->lastInsertId().toLongLong();
        return insertTags(id, customer.tags);
    });
    if (!added) {
        return added.error();
    }
    return id;
}

Result<qint64> CustomerRepository::findOrCreateByNick(const QString& buyerNick, qint64 atMs) {
    Result<QSqlQuery> found =
        StatementCache::execOnce(m_db.connection(), u"SELECT id FROM customer WHERE buyer_nick = ?"_s, {buyerNick},
                                 QCoreApplication::translate("kefu::Store", "读取顾客失败"));
    if (!found) {
        return found.error();
    }
    if (found->next()) {
        return found->value(0).toLongLong();
    }
    found->finish();
    Customer customer;
    customer.buyerNick = buyerNick;
    customer.createdAtMs = atMs;
    return add(customer);
}

Result<Customer> CustomerRepository::find(qint64 id) const {
    return findWhere(u"id = ?"_s, id);
}

Result<Customer> CustomerRepository::findByNick(const QString& buyerNick) const {
    return findWhere(u"buyer_nick = ?"_s, buyerNick);
}

Result<Customer> CustomerRepository::findWhere(const QString& condition, const QVariant& value) const {
    Customer customer;
    {
        Result<QSqlQuery> query =
            StatementCache::execOnce(m_db.connection(), kSelect + u"WHERE "_s + condition, {value},
                                     QCoreApplication::translate("kefu::Store", "读取顾客资料失败"));
        if (!query) {
            return query.error();
        }
        if (!query->next()) {
            return Error{ErrorCode::NotFound, customerNotFound(), condition + u" "_s + value.toString()};
        }
        customer = customerFrom(*query);
    }
    Result<QList<CustomerTag>> tags = tagsOf(customer.id);
    if (!tags) {
        return tags.error();
    }
    customer.tags = std::move(tags).value();
    return customer;
}

Result<QList<Customer>> CustomerRepository::findByNickPrefix(const QString& prefix, int limit) const {
    QList<Customer> customers;
    {
        Result<QSqlQuery> query = StatementCache::execOnce(
            m_db.connection(), kSelect + u"WHERE buyer_nick >= ? AND buyer_nick < ? ORDER BY buyer_nick LIMIT ?"_s,
            {prefix, QString(prefix + kMaxCodePoint), qMax(limit, 0)},
            QCoreApplication::translate("kefu::Store", "查找顾客失败"));
        if (!query) {
            return query.error();
        }
        while (query->next()) {
            customers.append(customerFrom(*query));
        }
    }
    for (Customer& customer : customers) {
        Result<QList<CustomerTag>> tags = tagsOf(customer.id);
        if (!tags) {
            return tags.error();
        }
        customer.tags = std::move(tags).value();
    }
    return customers;
}

Status CustomerRepository::updateNote(qint64 id, const QString& note) {
    return StatementCache::execChanging(m_db.connection(), u"UPDATE customer SET note = ? WHERE id = ?"_s, {note, id},
                                        QCoreApplication::translate("kefu::Store", "保存顾客备注失败"),
                                        customerNotFound());
}

Status CustomerRepository::setTags(qint64 id, const QList<CustomerTag>& tags) {
    return m_db.transaction([&]() -> Status {
        // Touching the row first tells a missing customer (NotFound) from a bad tag (Constraint).
        if (Status exists =
                StatementCache::execChanging(m_db.connection(), u"UPDATE customer SET id = id WHERE id = ?"_s, {id},
                                             saveTagsFailed(), customerNotFound());
            !exists) {
            return exists;
        }
        Result<QSqlQuery> cleared = StatementCache::execOnce(
            m_db.connection(), u"DELETE FROM customer_tag WHERE customer_id = ?"_s, {id}, saveTagsFailed());
        if (!cleared) {
            return cleared.error();
        }
        return insertTags(id, tags);
    });
}

Status CustomerRepository::setLevel(qint64 id, CustomerLevel level) {
    return StatementCache::execChanging(
        m_db.connection(), u"UPDATE customer SET level = ? WHERE id = ?"_s, {customerLevelKey(level), id},
        QCoreApplication::translate("kefu::Store", "更新顾客等级失败"), customerNotFound());
}

Result<int> CustomerRepository::count() const {
    Result<QSqlQuery> query = StatementCache::execOnce(m_db.connection(), u"SELECT count(*) FROM customer"_s, {},
                                                       QCoreApplication::translate("kefu::Store", "统计顾客失败"));
    if (!query) {
        return query.error();
    }
    return query->next() ? query->value(0).toInt() : 0;
}

Result<QList<CustomerTag>> CustomerRepository::tagsOf(qint64 id) const {
    Result<QSqlQuery> query = StatementCache::execOnce(
        m_db.connection(), u"SELECT name, color_hex FROM customer_tag WHERE customer_id = ? ORDER BY position"_s, {id},
        QCoreApplication::translate("kefu::Store", "读取顾客标签失败"));
    if (!query) {
        return query.error();
    }
    QList<CustomerTag> tags;
    while (query->next()) {
        tags.append(CustomerTag{query->value(0).toString(), query->value(1).toString()});
    }
    return tags;
}

Status CustomerRepository::insertTags(qint64 id, const QList<CustomerTag>& tags) {
    StatementCache statements(m_db.connection());
    for (qsizetype i = 0; i < tags.size(); ++i) {
        Result<QSqlQuery*> inserted =
            statements.exec(u"INSERT INTO customer_tag (customer_id, position, name, color_hex) VALUES (?, ?, ?, ?)"_s,
                            {id, static_cast<int>(i), tags.at(i).name, tags.at(i).colorHex},
                            QCoreApplication::translate("kefu::Store", "保存顾客标签“%1”失败").arg(tags.at(i).name));
        if (!inserted) {
            return inserted.error();
        }
        (*inserted)->finish();
    }
    return {};
}

}  // namespace kefu
