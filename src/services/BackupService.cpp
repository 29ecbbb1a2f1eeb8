#include "services/BackupService.h"

#include "storage/access/RestoreRecord.h"

#include "storage/db/BackupCipher.h"
#include "storage/db/Database.h"
#include "storage/db/Migrations.h"
#include "storage/db/PrivateFile.h"
#include "storage/repositories/SettingsRepository.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>

#include <spdlog/spdlog.h>

#include <algorithm>
#include <cstdio>
#include <map>
#include <set>

namespace carddesk::services {

using core::ErrorCode;
using core::makeError;
using storage::DatabaseBackup;

namespace {

const char* const kStampFormat = "yyyyMMdd-HHmmss";

QString officeStem(const QString& officePath)
{
    return QFileInfo(officePath).completeBaseName();
}

// The office's backups in `folder` with the time in their names, newest first.
std::vector<std::pair<QDateTime, QString>> backupFiles(const QString& officePath, const QString& folder)
{
    const QRegularExpression name(
        QStringLiteral("^%1-(\\d{8}-\\d{6})\\.db(\\.enc)?$").arg(QRegularExpression::escape(officeStem(officePath))));
    std::vector<std::pair<QDateTime, QString>> files;
    const QDir dir(folder);
    for (const QString& entry : dir.entryList(QDir::Files)) {
        const auto match = name.match(entry);
        if (!match.hasMatch())
            continue;
        const QDateTime at = QDateTime::fromString(match.captured(1), QString::fromLatin1(kStampFormat));
        if (at.isValid())
            files.emplace_back(at, dir.absoluteFilePath(entry));
    }
    std::sort(files.begin(), files.end(), [](const auto& a, const auto& b) { return a.first > b.first; });
    return files;
}

// The copies earlier restores kept aside (`<office>.before-restore-YYYYMMDD-HHMMSS`), newest first.
std::vector<QString> keptAsideFiles(const QString& officePath)
{
    const QFileInfo office(officePath);
    const QRegularExpression name(
        QStringLiteral("^%1\\.before-restore-\\d{8}-\\d{6}$").arg(QRegularExpression::escape(office.fileName())));
    std::vector<QString> files;
    const QDir dir = office.absoluteDir();
    for (const QString& entry : dir.entryList(QDir::Files, QDir::Name | QDir::Reversed))
        if (name.match(entry).hasMatch())
            files.push_back(dir.absoluteFilePath(entry));
    return files;
}

bool renameFile(const QString& from, const QString& to)
{
    return std::rename(QFile::encodeName(from).constData(), QFile::encodeName(to).constData()) == 0;
}

} // namespace

QString BackupService::defaultFolder(const QString& officePath)
{
    return QFileInfo(officePath).absoluteDir().filePath(QStringLiteral("backups"));
}

static_assert(BackupService::kMinimumPassphrase == storage::BackupCipher::kMinimumPassphrase);

core::Status BackupService::checkPassphrase(const QString& backupFile, const QString& passphrase)
{
    return storage::BackupCipher::checkPassphrase(backupFile, passphrase);
}

bool BackupService::encryptionRequired(storage::Database& db)
{
    auto setting = storage::SettingsRepository::value(db, "backup.encrypt");
    return setting && setting->trimmed() == QLatin1String("1");
}

core::Status BackupService::requirePassphrase(storage::Database& db, const QString& passphrase)
{
    if (passphrase.isEmpty() && encryptionRequired(db))
        return makeError(ErrorCode::InvalidArgument,
                         QStringLiteral("this office's backups are encrypted (setting backup.encrypt): give a "
                                        "passphrase"),
                         QStringLiteral("passphrase"));
    return {};
}

core::Result<QString> BackupService::backup(const QString& officePath, const QString& folder, const QDateTime& now,
                                            const QString& passphrase)
{
    if (!passphrase.isEmpty() && passphrase.size() < storage::BackupCipher::kMinimumPassphrase)
        return makeError(ErrorCode::InvalidArgument,
                         QStringLiteral("the backup passphrase must have at least %1 characters")
                             .arg(storage::BackupCipher::kMinimumPassphrase),
                         QStringLiteral("passphrase"));
    if (folder.isEmpty())
        return makeError(ErrorCode::InvalidArgument, QStringLiteral("no backup folder given"),
                         QStringLiteral("folder"));
    if (auto local = storage::Database::checkLocalPath(QDir(folder).filePath(QStringLiteral("x.db"))); !local) {
        auto error = local.error();
        error.field = QStringLiteral("folder");
        return error;
    }
    const bool made = !QFileInfo::exists(folder);
    if (!QDir().mkpath(folder))
        return makeError(ErrorCode::InvalidArgument,
                         QStringLiteral("the backup folder %1 cannot be created").arg(folder),
                         QStringLiteral("folder"));
    // A folder CardDesk makes is its owner's only (0700); one chosen by the administrator keeps its mode.
    if (made)
        static_cast<void>(storage::PrivateFile::restrict(folder));
    const QFileInfo dir(folder);
    if (!dir.isDir() || !dir.isWritable())
        return makeError(ErrorCode::InvalidArgument, QStringLiteral("the backup folder %1 is not writable").arg(folder),
                         QStringLiteral("folder"));
    QString target = QDir(folder).filePath(
        QStringLiteral("%1-%2.db").arg(officeStem(officePath), now.toString(QString::fromLatin1(kStampFormat))));
    const QString encryptedTarget = target + QStringLiteral(".enc");
    if (QFileInfo::exists(target) || QFileInfo::exists(encryptedTarget))
        return makeError(ErrorCode::Conflict, QStringLiteral("a backup named %1 exists already").arg(target),
                         QStringLiteral("folder"));
    if (passphrase.isEmpty()) {
        if (auto copied = DatabaseBackup::copy(officePath, target); !copied)
            return copied.error();
        return target;
    }
    // The clear copy is made as every backup is (checked, 0600), encrypted, and removed whatever happens.
    const QString clear = target + QStringLiteral(".clear");
    QFile::remove(clear);
    auto copied = DatabaseBackup::copy(officePath, clear);
    if (!copied) {
        QFile::remove(clear);
        return copied.error();
    }
    auto encrypted = storage::BackupCipher::encrypt(clear, encryptedTarget, passphrase);
    QFile::remove(clear);
    if (!encrypted)
        return encrypted.error();
    return encryptedTarget;
}

std::vector<BackupEntry> BackupService::list(const QString& officePath, const QString& folder)
{
    std::vector<BackupEntry> entries;
    for (const auto& [at, path] : backupFiles(officePath, folder)) {
        BackupEntry entry;
        entry.path = path;
        entry.takenAt = at;
        if (storage::BackupCipher::isEncrypted(path)) {
            entry.encrypted = true; // its contents need the passphrase
            entries.push_back(std::move(entry));
            continue;
        }
        auto info = DatabaseBackup::inspect(path, storage::latestSchemaVersion(), false);
        if (info) {
            entry.info = *info;
        } else {
            entry.problem = info.error().message;
            entry.problemCode = info.error().code;
        }
        entries.push_back(std::move(entry));
    }
    return entries;
}

std::vector<QString> BackupService::prune(const QString& officePath, const QString& folder, int daily, int weekly)
{
    std::set<QDate> days;
    std::set<std::pair<int, int>> weeks;
    std::vector<QString> removed;
    for (const auto& [at, path] : backupFiles(officePath, folder)) { // newest first
        const QDate day = at.date();
        int weekYear = 0;
        const int week = day.weekNumber(&weekYear);
        bool keep = false;
        if (days.count(day) == 0 && static_cast<int>(days.size()) < daily) {
            days.insert(day);
            keep = true;
        } else if (days.count(day) == 0 && weeks.count({weekYear, week}) == 0 &&
                   static_cast<int>(weeks.size()) < weekly) {
            weeks.insert({weekYear, week});
            keep = true;
        }
        if (!keep && QFile::remove(path))
            removed.push_back(path);
    }
    return removed;
}

std::vector<QString> BackupService::pruneKeptAside(const QString& officePath, int keep)
{
    std::vector<QString> removed;
    const auto files = keptAsideFiles(officePath);
    for (std::size_t i = static_cast<std::size_t>(std::max(keep, 0)); i < files.size(); ++i) {
        if (QFile::remove(files[i])) {
            spdlog::info("removed {}: only the newest {} copies kept aside by restores are kept",
                         files[i].toStdString(), keep);
            removed.push_back(files[i]);
        }
    }
    return removed;
}

core::Result<std::optional<QString>> BackupService::daily(const QString& officePath, const QString& folder,
                                                          int keepDaily, int keepWeekly, const QDateTime& now,
                                                          bool encrypt)
{
    for (const auto& [at, path] : backupFiles(officePath, folder))
        if (at.date() == now.date())
            return std::optional<QString>();
    if (encrypt)
        return makeError(ErrorCode::InvalidArgument,
                         QStringLiteral("the automatic backup was not made: this office's backups are encrypted "
                                        "(backup.encrypt) and no passphrase is at hand at start-up; make one in "
                                        "Tools → Backups… or with carddesk-cli backup --passphrase-file"),
                         QStringLiteral("passphrase"));
    auto made = backup(officePath, folder, now);
    if (!made)
        return made.error();
    prune(officePath, folder, keepDaily, keepWeekly);
    return std::optional<QString>(*made);
}

core::Result<std::optional<QString>> BackupService::beforeUpgrade(const QString& officePath, const QString& folder,
                                                                  const QDateTime& now)
{
    if (!QFileInfo::exists(officePath))
        return std::optional<QString>();
    auto info = DatabaseBackup::inspect(officePath, storage::latestSchemaVersion(), false);
    // A file this build cannot read is refused by the open that follows, with its own message.
    if (!info || info->schemaVersion >= storage::latestSchemaVersion())
        return std::optional<QString>();
    // Never a copy in clear of an office that asks for encrypted backups; nobody types a passphrase here.
    if (info->encryptBackups) {
        spdlog::warn("{}: no copy before the schema upgrade, as the office's backups are encrypted "
                     "(backup.encrypt); make one with the previous CardDesk first if needed",
                     officePath.toStdString());
        return std::optional<QString>();
    }
    auto made = backup(officePath, folder, now);
    if (!made)
        return made.error();
    return std::optional<QString>(*made);
}

core::Result<QString> BackupService::restore(const QString& officePath, const QString& encryptedOrPlain,
                                             const QString& administrator, const QDateTime& now,
                                             const QString& passphrase)
{
    if (!storage::BackupCipher::isEncrypted(encryptedOrPlain))
        return restorePlain(officePath, encryptedOrPlain, encryptedOrPlain, administrator, now);
    if (passphrase.isEmpty())
        return makeError(ErrorCode::InvalidArgument,
                         QStringLiteral("the backup %1 is encrypted: give its passphrase").arg(encryptedOrPlain),
                         QStringLiteral("passphrase"));
    // Decrypted beside the office, never over it: a wrong passphrase or a damaged file leaves the office as it is.
    const QString clear = officePath + QStringLiteral(".decrypted");
    if (auto decrypted = storage::BackupCipher::decrypt(encryptedOrPlain, clear, passphrase); !decrypted) {
        QFile::remove(clear);
        return decrypted.error();
    }
    auto restored = restorePlain(officePath, clear, encryptedOrPlain, administrator, now);
    QFile::remove(clear);
    return restored;
}

core::Result<QString> BackupService::restorePlain(const QString& officePath, const QString& backupFile,
                                                  const QString& chosenFile, const QString& administrator,
                                                  const QDateTime& now)
{
    auto info = DatabaseBackup::inspect(backupFile, storage::latestSchemaVersion());
    if (!info)
        return info.error();
    if (!info->activeAdmins.contains(administrator.trimmed(), Qt::CaseInsensitive))
        return makeError(ErrorCode::InvalidArgument,
                         QStringLiteral("%1 has no active administrator named '%2' (its office: '%3'; its "
                                        "administrators: %4): restored, it would lock you out. Is it another "
                                        "office's file?")
                             .arg(chosenFile, administrator, info->officeName,
                                  info->activeAdmins.isEmpty() ? QStringLiteral("none")
                                                               : info->activeAdmins.join(QStringLiteral(", "))),
                         QStringLiteral("administrator"));
    if (QFileInfo(backupFile).absoluteFilePath() == QFileInfo(officePath).absoluteFilePath())
        return makeError(ErrorCode::InvalidArgument, QStringLiteral("the backup is the office file itself"),
                         QStringLiteral("file"));
    const bool hadOffice = QFileInfo::exists(officePath);
    if (hadOffice) {
        if (auto alone = DatabaseBackup::takeForReplacement(officePath); !alone)
            return alone.error();
    }
    // The restored file is written beside the office under a temporary name, so the office is replaced by one
    // rename, and only after the copy is complete and on disk.
    const QString part = officePath + QStringLiteral(".restoring");
    QFile::remove(part);
    if (!QFile::copy(backupFile, part))
        return makeError(ErrorCode::Io, QStringLiteral("cannot copy %1 next to the office").arg(backupFile),
                         QStringLiteral("file"));
    if (auto synced = DatabaseBackup::syncFile(part); !synced) {
        QFile::remove(part);
        return synced.error();
    }
    const QString aside =
        officePath + QStringLiteral(".before-restore-%1").arg(now.toString(QString::fromLatin1(kStampFormat)));
    if (hadOffice) {
        QFile::remove(officePath + QStringLiteral("-shm")); // the WAL is gone with the switch; its index too
        if (!renameFile(officePath, aside)) {
            QFile::remove(part);
            return makeError(ErrorCode::Io, QStringLiteral("cannot keep the current office as %1").arg(aside));
        }
    }
    // Damage seen on the old file is not the restored one's; it comes back with the old file if that is put back.
    const bool oldFileDamaged = storage::Database::damageSeen(officePath);
    auto putBack = [&]() {
        storage::Database::forgetDamage(officePath);
        if (oldFileDamaged)
            storage::Database::markDamaged(officePath);
        // The restored file goes with its journals: a rollback journal left by its failed open would be rolled back
        // into the old office put back under the same name.
        DatabaseBackup::removeWithJournals(officePath);
        if (hadOffice)
            renameFile(aside, officePath);
    };
    if (!renameFile(part, officePath)) {
        QFile::remove(part);
        putBack();
        return makeError(ErrorCode::Io, QStringLiteral("cannot put the backup in place of %1").arg(officePath));
    }
    (void)DatabaseBackup::syncFolderOf(officePath);
    storage::Database::forgetDamage(officePath);
    // Open it as every window will: an older backup is upgraded here, and it must pass the full check.
    storage::Database::Options options;
    options.create = false;
    auto reopened = storage::Database::open(officePath, options);
    if (!reopened) {
        putBack();
        return reopened.error();
    }
    auto problems = (*reopened)->findDamage();
    if (problems && problems->isEmpty()) {
        // Figures that disagree (paid amounts against payments) come from an edit outside CardDesk, not from
        // damage: the backup is still the office as it was, so it is restored and the finding left to `check`.
        auto inconsistencies = (*reopened)->findInconsistencies();
        if (inconsistencies && !inconsistencies->isEmpty())
            spdlog::warn("restored {}: {} (see carddesk-cli check)", officePath.toStdString(),
                         inconsistencies->join(QStringLiteral("; ")).toStdString());
    }
    if (!problems || !problems->isEmpty()) {
        reopened->reset();
        putBack();
        return problems ? makeError(ErrorCode::Corrupt, QStringLiteral("the restored office failed its check: %1")
                                                            .arg(problems->join(QStringLiteral("; "))))
                        : problems.error();
    }
    // Part of the restore: a restored office that cannot say so in its trail is put back like one failing its check.
    if (auto recorded =
            storage::RestoreRecord::write(**reopened, administrator, chosenFile, hadOffice ? aside : QString());
        !recorded) {
        reopened->reset();
        putBack();
        return recorded.error();
    }
    pruneKeptAside(officePath);
    return hadOffice ? aside : QString();
}

} // namespace carddesk::services
