#include "storage/access/PasswordHasher.h"

#include <atomic>
#include <sodium.h>
#include <stdexcept>

namespace carddesk::storage {

namespace {
std::atomic<PasswordHasher::Cost> g_cost{PasswordHasher::Cost::Interactive};
std::atomic<quint64> g_verifications{0};

// Hashes of a random secret nobody knows (made once with crypto_pwhash_str_alg at each cost and thrown away).
constexpr const char* kDummyInteractive =
    "$argon2id$v=19$m=65536,t=2,p=1$5bijoyLxdfc9majXMUHuzQ$TjJLZG341b7lNDZN41q11O89Death4fDstJlGM5xQtA";
constexpr const char* kDummyMinimum =
    "$argon2id$v=19$m=8,t=1,p=1$ujA298jPfdlVL8c1HyaLeg$KsMW+Boh5YRr8RY86jkRziyK/VMhUJnp/aNjj6Xshxg";

void ensureSodium()
{
    static const bool ready = sodium_init() >= 0;
    if (!ready)
        throw std::runtime_error("libsodium could not be initialised");
}
} // namespace

void PasswordHasher::setCost(Cost cost)
{
    g_cost = cost;
}

QString PasswordHasher::hash(const QString& password)
{
    ensureSodium();
    const QByteArray utf8 = password.toUtf8();
    char out[crypto_pwhash_STRBYTES];
    const bool minimum = g_cost == Cost::Minimum;
    const auto ops = minimum ? crypto_pwhash_OPSLIMIT_MIN : crypto_pwhash_OPSLIMIT_INTERACTIVE;
    const auto mem = minimum ? crypto_pwhash_MEMLIMIT_MIN : crypto_pwhash_MEMLIMIT_INTERACTIVE;
    if (crypto_pwhash_str_alg(out, utf8.constData(), static_cast<unsigned long long>(utf8.size()), ops, mem,
                              crypto_pwhash_ALG_ARGON2ID13) != 0)
        throw std::runtime_error("out of memory while hashing a password");
    return QString::fromLatin1(out);
}

bool PasswordHasher::verify(const QString& hash, const QString& password)
{
    ensureSodium();
    ++g_verifications;
    const QByteArray stored = hash.toLatin1();
    const QByteArray utf8 = password.toUtf8();
    return crypto_pwhash_str_verify(stored.constData(), utf8.constData(),
                                    static_cast<unsigned long long>(utf8.size())) == 0;
}

bool PasswordHasher::verifyDummy(const QString& password)
{
    const char* dummy = g_cost == Cost::Minimum ? kDummyMinimum : kDummyInteractive;
    verify(QString::fromLatin1(dummy), password);
    return false; // whatever was typed
}

quint64 PasswordHasher::verifications()
{
    return g_verifications;
}

} // namespace carddesk::storage
