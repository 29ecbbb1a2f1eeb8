#include "storage/db/BackupCipher.h"

#include "core/RegularFile.h"

#include "storage/db/DatabaseBackup.h"
#include "storage/db/PrivateFile.h"

#include <QFile>

#include <array>
#include <atomic>
#include <cstdio>
#include <cstring>
#include <sodium.h>
#include <vector>

namespace carddesk::storage {

using core::ErrorCode;
using core::makeError;

namespace {

constexpr char kMagic[8] = {'C', 'D', 'B', 'A', 'C', 'K', 'U', 'P'};
constexpr unsigned char kFormat = 1;
constexpr unsigned char kAlgorithm = 1;
constexpr std::size_t kChunk = 64 * 1024;
constexpr std::size_t kSaltBytes = crypto_pwhash_SALTBYTES; // 16
constexpr std::size_t kCheckBytes = 8;
constexpr std::size_t kAuthenticated = 8 + 4 + 8 + 8 + kSaltBytes + kCheckBytes; // 52
constexpr std::size_t kHeaderBytes = kAuthenticated + crypto_secretstream_xchacha20poly1305_HEADERBYTES;
// A header may not make a restore spend more than this (a file is outside input).
constexpr unsigned long long kMaxOpslimit = 16;
constexpr unsigned long long kMaxMemlimit = 1024ULL * 1024 * 1024;

std::atomic<BackupCipher::Cost> g_cost{BackupCipher::Cost::Moderate};

using Key = std::array<unsigned char, crypto_secretstream_xchacha20poly1305_KEYBYTES>;

void putBigEndian(unsigned char* at, unsigned long long value, int bytes)
{
    for (int i = bytes - 1; i >= 0; --i, value >>= 8)
        at[i] = static_cast<unsigned char>(value & 0xff);
}

unsigned long long getBigEndian(const unsigned char* at, int bytes)
{
    unsigned long long value = 0;
    for (int i = 0; i < bytes; ++i)
        value = (value << 8) | at[i];
    return value;
}

bool deriveKey(Key& key, const QString& passphrase, const unsigned char* salt, unsigned long long ops,
               unsigned long long mem)
{
    const QByteArray bytes = passphrase.toUtf8();
    return crypto_pwhash(key.data(), key.size(), bytes.constData(), static_cast<unsigned long long>(bytes.size()), salt,
                         ops, static_cast<std::size_t>(mem), crypto_pwhash_ALG_ARGON2ID13) == 0;
}

void keyCheck(unsigned char* out, const Key& key)
{
    static const unsigned char label[] = "carddesk backup key check";
    crypto_generichash(out, kCheckBytes, label, sizeof label - 1, key.data(), key.size());
}

bool readFully(QFile& file, unsigned char* into, qint64 bytes)
{
    return file.read(reinterpret_cast<char*>(into), bytes) == bytes;
}

core::Error damaged(const QString& path, const QString& what)
{
    return makeError(ErrorCode::Corrupt,
                     QStringLiteral("the encrypted backup %1 is damaged or was altered (%2): it cannot be restored; "
                                    "choose another backup")
                         .arg(path, what));
}

} // namespace

void BackupCipher::setCost(Cost cost)
{
    g_cost = cost;
}

bool BackupCipher::isEncrypted(const QString& path)
{
    // Only a regular file is read: opening a named pipe would wait for a writer forever.
    if (!core::requireRegularFile(path))
        return false;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return false;
    const QByteArray start = file.read(sizeof kMagic);
    return start.size() == static_cast<qsizetype>(sizeof kMagic) &&
           std::memcmp(start.constData(), kMagic, sizeof kMagic) == 0;
}

core::Status BackupCipher::encrypt(const QString& plainPath, const QString& targetPath, const QString& passphrase)
{
    if (passphrase.size() < kMinimumPassphrase)
        return makeError(
            ErrorCode::InvalidArgument,
            QStringLiteral("the backup passphrase must have at least %1 characters").arg(kMinimumPassphrase),
            QStringLiteral("passphrase"));
    if (sodium_init() < 0)
        return makeError(ErrorCode::Internal, QStringLiteral("libsodium could not be initialised"));
    QFile in(plainPath);
    if (!in.open(QIODevice::ReadOnly))
        return makeError(ErrorCode::Io, QStringLiteral("cannot read %1").arg(plainPath));
    const QString part = targetPath + QStringLiteral(".part");
    QFile::remove(part);
    if (auto made = PrivateFile::create(part); !made)
        return made;
    QFile out(part);
    if (!out.open(QIODevice::WriteOnly))
        return makeError(ErrorCode::Io, QStringLiteral("cannot write %1").arg(part));
    auto fail = [&](core::Error error) -> core::Status {
        out.close();
        QFile::remove(part);
        return error;
    };

    const bool minimum = g_cost == Cost::Minimum;
    const unsigned long long ops = minimum ? crypto_pwhash_OPSLIMIT_MIN : crypto_pwhash_OPSLIMIT_MODERATE;
    const unsigned long long mem = minimum ? crypto_pwhash_MEMLIMIT_MIN : crypto_pwhash_MEMLIMIT_MODERATE;
    std::array<unsigned char, kHeaderBytes> header{};
    std::memcpy(header.data(), kMagic, sizeof kMagic);
    header[8] = kFormat;
    header[9] = kAlgorithm;
    putBigEndian(header.data() + 12, ops, 8);
    putBigEndian(header.data() + 20, mem, 8);
    unsigned char* salt = header.data() + 28;
    randombytes_buf(salt, kSaltBytes);
    Key key{};
    if (!deriveKey(key, passphrase, salt, ops, mem))
        return fail(makeError(ErrorCode::Io, QStringLiteral("not enough memory to derive the backup key")));
    keyCheck(header.data() + 28 + kSaltBytes, key);
    crypto_secretstream_xchacha20poly1305_state state;
    crypto_secretstream_xchacha20poly1305_init_push(&state, header.data() + kAuthenticated, key.data());
    sodium_memzero(key.data(), key.size());
    if (out.write(reinterpret_cast<const char*>(header.data()), header.size()) != static_cast<qint64>(header.size()))
        return fail(makeError(ErrorCode::Io, QStringLiteral("cannot write %1 (disk full?)").arg(part)));

    std::vector<unsigned char> plain(kChunk);
    std::vector<unsigned char> sealed(kChunk + crypto_secretstream_xchacha20poly1305_ABYTES + 4);
    const qint64 total = in.size();
    qint64 done = 0;
    do {
        const qint64 n = in.read(reinterpret_cast<char*>(plain.data()), static_cast<qint64>(kChunk));
        if (n < 0)
            return fail(makeError(ErrorCode::Io, QStringLiteral("cannot read %1").arg(plainPath)));
        done += n;
        const bool last = done >= total || n == 0;
        unsigned long long length = 0;
        crypto_secretstream_xchacha20poly1305_push(&state, sealed.data() + 4, &length, plain.data(),
                                                   static_cast<unsigned long long>(n), header.data(), kAuthenticated,
                                                   last ? crypto_secretstream_xchacha20poly1305_TAG_FINAL
                                                        : crypto_secretstream_xchacha20poly1305_TAG_MESSAGE);
        putBigEndian(sealed.data(), length, 4);
        if (out.write(reinterpret_cast<const char*>(sealed.data()), static_cast<qint64>(length + 4)) !=
            static_cast<qint64>(length + 4))
            return fail(makeError(ErrorCode::Io, QStringLiteral("cannot write %1 (disk full?)").arg(part)));
        if (last)
            break;
    } while (true);
    sodium_memzero(plain.data(), plain.size());
    if (!out.flush())
        return fail(makeError(ErrorCode::Io, QStringLiteral("cannot write %1 (disk full?)").arg(part)));
    out.close();
    if (auto synced = DatabaseBackup::syncFile(part); !synced) {
        QFile::remove(part);
        return synced;
    }
    if (std::rename(QFile::encodeName(part).constData(), QFile::encodeName(targetPath).constData()) != 0) {
        QFile::remove(part);
        return makeError(ErrorCode::Io, QStringLiteral("cannot name the backup %1").arg(targetPath));
    }
    return DatabaseBackup::syncFolderOf(targetPath);
}

namespace {

// Reads and checks the header, derives the key and verifies it against the key check.
core::Status openStream(QFile& in, const QString& encryptedPath, const QString& passphrase,
                        std::array<unsigned char, kHeaderBytes>& header, Key& key)
{
    if (sodium_init() < 0)
        return makeError(ErrorCode::Internal, QStringLiteral("libsodium could not be initialised"));
    if (!in.open(QIODevice::ReadOnly))
        return makeError(ErrorCode::Io, QStringLiteral("cannot read %1").arg(encryptedPath));
    if (!readFully(in, header.data(), header.size()) || std::memcmp(header.data(), kMagic, sizeof kMagic) != 0)
        return damaged(encryptedPath, QStringLiteral("no complete header"));
    if (header[8] != kFormat || header[9] != kAlgorithm)
        return makeError(ErrorCode::Corrupt,
                         QStringLiteral("the encrypted backup %1 has format %2.%3, which this CardDesk cannot read; "
                                        "update CardDesk")
                             .arg(encryptedPath)
                             .arg(header[8])
                             .arg(header[9]));
    const unsigned long long ops = getBigEndian(header.data() + 12, 8);
    const unsigned long long mem = getBigEndian(header.data() + 20, 8);
    if (ops < crypto_pwhash_OPSLIMIT_MIN || ops > kMaxOpslimit || mem < crypto_pwhash_MEMLIMIT_MIN ||
        mem > kMaxMemlimit)
        return damaged(encryptedPath, QStringLiteral("key cost out of range"));
    if (!deriveKey(key, passphrase, header.data() + 28, ops, mem))
        return makeError(ErrorCode::Io, QStringLiteral("not enough memory to derive the backup key"));
    unsigned char check[kCheckBytes];
    keyCheck(check, key);
    if (sodium_memcmp(check, header.data() + 28 + kSaltBytes, kCheckBytes) != 0) {
        sodium_memzero(key.data(), key.size());
        return makeError(ErrorCode::InvalidArgument,
                         QStringLiteral("wrong passphrase for the encrypted backup %1").arg(encryptedPath),
                         QStringLiteral("passphrase"));
    }
    return {};
}

} // namespace

core::Status BackupCipher::checkPassphrase(const QString& encryptedPath, const QString& passphrase)
{
    QFile in(encryptedPath);
    std::array<unsigned char, kHeaderBytes> header{};
    Key key{};
    auto opened = openStream(in, encryptedPath, passphrase, header, key);
    sodium_memzero(key.data(), key.size());
    return opened;
}

core::Status BackupCipher::decrypt(const QString& encryptedPath, const QString& targetPath, const QString& passphrase)
{
    QFile in(encryptedPath);
    std::array<unsigned char, kHeaderBytes> header{};
    Key key{};
    if (auto opened = openStream(in, encryptedPath, passphrase, header, key); !opened)
        return opened;
    crypto_secretstream_xchacha20poly1305_state state;
    const int ready =
        crypto_secretstream_xchacha20poly1305_init_pull(&state, header.data() + kAuthenticated, key.data());
    sodium_memzero(key.data(), key.size());
    if (ready != 0)
        return damaged(encryptedPath, QStringLiteral("bad stream header"));

    QFile::remove(targetPath);
    if (auto made = PrivateFile::create(targetPath); !made)
        return made;
    QFile out(targetPath);
    if (!out.open(QIODevice::WriteOnly))
        return makeError(ErrorCode::Io, QStringLiteral("cannot write %1").arg(targetPath));
    auto fail = [&](core::Error error) -> core::Status {
        out.close();
        QFile::remove(targetPath);
        return error;
    };
    std::vector<unsigned char> sealed(kChunk + crypto_secretstream_xchacha20poly1305_ABYTES);
    std::vector<unsigned char> plain(kChunk);
    qint64 chunk = 0;
    for (;; ++chunk) {
        unsigned char lengthBytes[4];
        if (!readFully(in, lengthBytes, 4))
            return fail(damaged(encryptedPath, QStringLiteral("cut short before its end")));
        const unsigned long long length = getBigEndian(lengthBytes, 4);
        if (length < crypto_secretstream_xchacha20poly1305_ABYTES || length > sealed.size() ||
            !readFully(in, sealed.data(), static_cast<qint64>(length)))
            return fail(damaged(encryptedPath, QStringLiteral("cut short in chunk %1").arg(chunk + 1)));
        unsigned long long plainLength = 0;
        unsigned char tag = 0;
        if (crypto_secretstream_xchacha20poly1305_pull(&state, plain.data(), &plainLength, &tag, sealed.data(), length,
                                                       header.data(), kAuthenticated) != 0)
            return fail(damaged(encryptedPath, QStringLiteral("chunk %1 fails its authentication").arg(chunk + 1)));
        if (out.write(reinterpret_cast<const char*>(plain.data()), static_cast<qint64>(plainLength)) !=
            static_cast<qint64>(plainLength))
            return fail(makeError(ErrorCode::Io, QStringLiteral("cannot write %1 (disk full?)").arg(targetPath)));
        if (tag == crypto_secretstream_xchacha20poly1305_TAG_FINAL)
            break;
    }
    sodium_memzero(plain.data(), plain.size());
    if (!in.atEnd())
        return fail(damaged(encryptedPath, QStringLiteral("bytes after its end")));
    if (!out.flush())
        return fail(makeError(ErrorCode::Io, QStringLiteral("cannot write %1 (disk full?)").arg(targetPath)));
    out.close();
    return {};
}

} // namespace carddesk::storage
