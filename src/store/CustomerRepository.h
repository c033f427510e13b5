#pragma once

#include "core/Customer.h"
#include "core/Result.h"

#include <QList>
#include <QString>
#include <QVariant>

namespace kefu {

class Database;

// Buyers, with the merchant's tags and notes on them.
class CustomerRepository {
public:
    explicit CustomerRepository(Database& db) : m_db(db) {}

    // The customer and its tags in one transaction. Constraint when the buyer nick is taken or a tag repeats.
    Result<qint64> add(const Customer& customer);
    Result<Customer> find(qint64 id) const;
    Result<Customer> findByNick(const QString& buyerNick) const;
    // Nicks starting with `prefix` (case-sensitive, wildcards in it taken literally), ordered by nick.
    Result<QList<Customer>> findByNickPrefix(const QString& prefix, int limit) const;
    // The id of the buyer with this nick; a buyer not seen before (from the live channel) is added as a new
    // customer (新客) first, created at `atMs`.
    Result<qint64> findOrCreateByNick(const QString& buyerNick, qint64 atMs);
    Status updateNote(qint64 id, const QString& note);
    // Replaces all tags; their order is kept.
    Status setTags(qint64 id, const QList<CustomerTag>& tags);
    Status setLevel(qint64 id, CustomerLevel level);
    Result<int> count() const;

private:
    Result<Customer> findWhere(const QString& condition, const QVariant& value) const;
    Result<QList<CustomerTag>> tagsOf(qint64 id) const;
    Status insertTags(qint64 id, const QList<CustomerTag>& tags);

    Database& m_db;
};

}  // namespace kefu
