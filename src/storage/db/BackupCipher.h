#pragma once

#include "core/Result.h"

#include <QString>

namespace carddesk::storage {

// Encrypted backup files (issue #17, finding 1; docs/SECURITY.md, "Encrypted backups"): the finished backup is
// encrypted with a key derived from a passphrase by Argon2id (crypto_pwhash) and written as a
// crypto_secretstream_xchacha20poly1305 stream of 64 KiB chunks, the last one tagged final, so that a wrong
// passphrase, an altered byte and a cut-off file are each refused. The header (76 bytes):
//   magic "CDBACKUP" (8) · format 1 (1) · algorithm 1 = Argon2id + XChaCha20-Poly1305 (1) · reserved 0 (2) ·
//   opslimit (8, big-endian) · memlimit in bytes (8) · salt (16) · key check (8: BLAKE2b of the key, tells a wrong
//   passphrase from damage) · secretstream header (24)
// then per chunk its length (4, big-endian) and the sealed chunk. The first 52 bytes are authenticated with every
// chunk. The passphrase is never written anywhere.
class BackupCipher
{
public:
    static constexpr int kMinimumPassphrase = 8;

    // True when `path` begins with the magic of an encrypted backup.
    static bool isEncrypted(const QString& path);

    // Encrypts `plainPath` into `targetPath` (0600; written as `targetPath`.part, synced, then renamed).
    // InvalidArgument (field "passphrase") for a passphrase shorter than kMinimumPassphrase characters.
    static core::Status encrypt(const QString& plainPath, const QString& targetPath, const QString& passphrase);

    // Decrypts `encryptedPath` into `targetPath` (0600). InvalidArgument (field "passphrase") when the passphrase
    // is wrong; Corrupt when the file is damaged, altered or cut short (targetPath is then removed).
    static core::Status decrypt(const QString& encryptedPath, const QString& targetPath, const QString& passphrase);

    // Verifies the passphrase against the header's key check without decrypting (about a second: the key is
    // derived): InvalidArgument (field "passphrase") when wrong, Corrupt when the header is damaged.
    static core::Status checkPassphrase(const QString& encryptedPath, const QString& passphrase);

    // Argon2id's cost: Moderate (3 passes over 256 MiB, about a second) for offices; Minimum for tests.
    enum class Cost
    {
        Moderate,
        Minimum
    };
    static void setCost(Cost cost);
};

} // namespace carddesk::storage
