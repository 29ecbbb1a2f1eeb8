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

    // Tests create many users; the minimum cost keeps them fast. Never used by the applications.
    static void setCost(Cost cost);
};

} // namespace carddesk::storage
