#pragma once

#include <QString>

namespace carddesk::storage {

// Argon2id password hashes through libsodium (crypto_pwhash_str): salted, memory-hard, self-describing, so
// the cost can change without invalidating stored hashes.
class PasswordHasher
{
public:
    enum class Cost
    {
        Interactive,
        Minimum
    };

    static QString hash(const QString& password);
    static bool verify(const QString& hash, const QString& password);
    // Verifies `password` against a hash of a random secret, at the cost of a stored hash, and returns false: a
    // log-in of an unknown or inactive user takes as long as a wrong password of a real one, so the time does
    // not tell which user names exist.
    static bool verifyDummy(const QString& password);
    // How many verify() and verifyDummy() calls this process made, so tests can check that every refusal pays.
    static quint64 verifications();

    // Tests create many users; the minimum cost keeps them fast. Never used by the applications.
    static void setCost(Cost cost);
};

} // namespace carddesk::storage
