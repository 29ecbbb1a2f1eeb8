#pragma once

#include "cli/CliApplication.h"
#include "storage/access/PasswordHasher.h"
#include "storage/access/Session.h"
#include "storage/db/Database.h"
#include "storage/repositories/UserRepository.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTextStream>

#include <gtest/gtest.h>

#include <SQLiteCpp/SQLiteCpp.h>
#include <fstream>
#include <memory>
#include <sstream>
#include <stdexcept>
#include <string>

namespace carddesk::cli::test {

// What one run of carddesk-cli printed and returned.
struct CliRun
{
    int code = -1;
    QString out;
    QString err;
};

// Runs the CLI in-process with string streams, as main() would with stdout and stderr.
inline CliRun runCli(const QStringList& arguments)
{
    CliRun run;
    QTextStream out(&run.out);
    QTextStream err(&run.err);
    CliApplication app(out, err);
    run.code = app.run(arguments);
    out.flush();
    err.flush();
    return run;
}

// RFC 4180 records (quoted fields, doubled quotes, newlines inside quotes), written independently of the CLI's
// own writer so that a csv listing is checked by parsing it back.
inline QList<QStringList> parseCsv(const QString& text)
{
    QList<QStringList> records;
    QStringList record;
    QString field;
    bool quoted = false;
    bool any = false;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar ch = text[i];
        if (quoted) {
            if (ch == QLatin1Char('"') && i + 1 < text.size() && text[i + 1] == QLatin1Char('"')) {
                field += ch;
                ++i;
            } else if (ch == QLatin1Char('"')) {
                quoted = false;
            } else {
                field += ch;
            }
        } else if (ch == QLatin1Char('"')) {
            quoted = true;
            any = true;
        } else if (ch == QLatin1Char(',')) {
            record << field;
            field.clear();
            any = true;
        } else if (ch == QLatin1Char('\n')) {
            record << field;
            records << record;
            record.clear();
            field.clear();
            any = false;
        } else if (ch != QLatin1Char('\r')) {
            field += ch;
            any = true;
        }
    }
    if (any) {
        record << field;
        records << record;
    }
    return records;
}

inline QJsonObject parseObject(const QString& text)
{
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(text.toUtf8(), &error);
    EXPECT_EQ(error.error, QJsonParseError::NoError) << error.errorString().toStdString();
    EXPECT_TRUE(doc.isObject());
    return doc.object();
}

inline void writeFile(const QString& path, const QByteArray& data)
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate) || file.write(data) != data.size())
        throw std::runtime_error("cannot write " + path.toStdString());
}

// The CDNOW sample (customer id, sample id, YYYYMMDD, quantity, amount) as an import-orders CSV; the customer
// code is the master id as written in the file ("00004").
inline QByteArray cdnowAsOrderCsv()
{
    std::ifstream in(std::string(CARDDESK_TEST_DATA) + "/cdnow/CDNOW_sample.txt");
    if (!in)
        throw std::runtime_error("cannot read the CDNOW sample");
    std::ostringstream csv;
    csv << "customer_code,order_date,amount\n";
    std::string code, sample, ymd, quantity, amount;
    while (in >> code >> sample >> ymd >> quantity >> amount)
        csv << code << ',' << ymd.substr(0, 4) << '-' << ymd.substr(4, 2) << '-' << ymd.substr(6, 2) << ',' << amount
            << '\n';
    return QByteArray::fromStdString(csv.str());
}

// A fresh office database made with `carddesk-cli init`, and the global options to log in as its admin.
class CliFixture : public ::testing::Test
{
protected:
    static constexpr const char* kPassword = "password123";

    void SetUp() override
    {
        storage::PasswordHasher::setCost(storage::PasswordHasher::Cost::Minimum);
        ASSERT_TRUE(m_dir.isValid());
        m_dbPath = m_dir.filePath(QStringLiteral("office.carddesk"));
        m_passwordFile = m_dir.filePath(QStringLiteral("password.txt"));
        writeFile(m_passwordFile, QByteArray(kPassword) + '\n');
        const CliRun init = runCli({QStringLiteral("--db"), m_dbPath, QStringLiteral("init"), QStringLiteral("--admin"),
                                    QStringLiteral("admin"), QStringLiteral("--password-file"), m_passwordFile});
        ASSERT_EQ(init.code, 0) << init.err.toStdString();
    }

    // Global options for `user` (every test user has the same password).
    QStringList as(const QString& user) const
    {
        return {QStringLiteral("--db"), m_dbPath, QStringLiteral("--user"), user, QStringLiteral("--password-file"),
                m_passwordFile};
    }

    CliRun runAs(const QString& user, const QStringList& command) const { return runCli(as(user) + command); }

    // Adds a user through the CLI as the admin; fails the test when it does not work.
    void addUser(const QString& name, const QString& role, const QString& area = {})
    {
        QStringList args{QStringLiteral("users"),
                         QStringLiteral("add"),
                         name,
                         QStringLiteral("--role"),
                         role,
                         QStringLiteral("--new-password-file"),
                         m_passwordFile};
        if (!area.isEmpty())
            args << QStringLiteral("--area") << area;
        const CliRun run = runAs(QStringLiteral("admin"), args);
        ASSERT_EQ(run.code, 0) << run.err.toStdString();
    }

    // A second connection for checks and set-up the CLI does not offer; opened on demand, closed by the test.
    storage::Database& db()
    {
        if (!m_db) {
            auto opened = storage::Database::open(m_dbPath);
            if (!opened)
                throw std::runtime_error(opened.error().toString().toStdString());
            m_db = std::move(opened.value());
        }
        return *m_db;
    }

    storage::Session session(const QString& user)
    {
        auto logged = storage::UserRepository::login(db(), user, QLatin1String(kPassword));
        if (!logged)
            throw std::runtime_error(logged.error().toString().toStdString());
        return storage::Session(db(), *logged);
    }

    qint64 scalar(const std::string& sql) { return db().sql().execAndGet(sql).getInt64(); }

    QTemporaryDir m_dir;
    QString m_dbPath;
    QString m_passwordFile;
    std::unique_ptr<storage::Database> m_db;
};

} // namespace carddesk::cli::test
