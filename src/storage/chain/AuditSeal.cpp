#include "storage/chain/AuditSeal.h"

#include <cstring>
#include <sodium.h>
#include <stdexcept>

namespace carddesk::storage {

namespace {

void ensureSodium()
{
    static const bool ready = sodium_init() >= 0;
    if (!ready)
        throw std::runtime_error("libsodium could not be initialised");
}

void appendBigEndian(std::string& out, unsigned long long value, int bytes)
{
    for (int shift = (bytes - 1) * 8; shift >= 0; shift -= 8)
        out.push_back(static_cast<char>((value >> shift) & 0xff));
}

// Tells the audit chain from the access chain, and this encoding from any later one.
constexpr std::string_view kAuditDomain = "carddesk audit_log v22";
constexpr std::string_view kAccessDomain = "carddesk access_log v22";

AuditSeal::Digest sealOf(std::string_view domain, const AuditSeal::Digest& previous, std::string_view row,
                         const AuditSeal::Digest* valueMac)
{
    crypto_hash_sha256_state state;
    crypto_hash_sha256_init(&state);
    crypto_hash_sha256_update(&state, reinterpret_cast<const unsigned char*>(domain.data()), domain.size());
    crypto_hash_sha256_update(&state, previous.data(), previous.size());
    crypto_hash_sha256_update(&state, reinterpret_cast<const unsigned char*>(row.data()), row.size());
    if (valueMac)
        crypto_hash_sha256_update(&state, valueMac->data(), valueMac->size());
    AuditSeal::Digest out{};
    crypto_hash_sha256_final(&state, out.data());
    return out;
}

void valueMacFunction(sqlite3_context* context, int, sqlite3_value** argv)
{
    if (sqlite3_value_type(argv[0]) != SQLITE_BLOB) {
        sqlite3_result_null(context); // no key: a row not sealed yet (its seal will cover the blanked values)
        return;
    }
    const auto* key = static_cast<const unsigned char*>(sqlite3_value_blob(argv[0]));
    const AuditSeal::Digest mac = AuditSeal::valueMac(key, sqlite3_value_bytes(argv[0]), argv[1], argv[2]);
    sqlite3_result_blob(context, mac.data(), static_cast<int>(mac.size()), SQLITE_TRANSIENT);
}

} // namespace

void AuditSeal::appendInteger(std::string& out, long long value)
{
    out.push_back('I');
    appendBigEndian(out, static_cast<unsigned long long>(value), 8);
}

void AuditSeal::appendValue(std::string& out, sqlite3_value* value)
{
    switch (sqlite3_value_type(value)) {
    case SQLITE_NULL:
        out.push_back('N');
        return;
    case SQLITE_INTEGER:
        appendInteger(out, sqlite3_value_int64(value));
        return;
    case SQLITE_FLOAT: {
        const double real = sqlite3_value_double(value);
        unsigned long long bits = 0;
        std::memcpy(&bits, &real, sizeof bits);
        out.push_back('R');
        appendBigEndian(out, bits, 8);
        return;
    }
    case SQLITE_TEXT: {
        const auto* text = reinterpret_cast<const char*>(sqlite3_value_text(value));
        const int size = sqlite3_value_bytes(value);
        out.push_back('T');
        appendBigEndian(out, static_cast<unsigned long long>(size), 4);
        out.append(text, static_cast<std::size_t>(size));
        return;
    }
    default: {
        const auto* bytes = static_cast<const char*>(sqlite3_value_blob(value));
        const int size = sqlite3_value_bytes(value);
        out.push_back('B');
        appendBigEndian(out, static_cast<unsigned long long>(size), 4);
        if (size > 0)
            out.append(bytes, static_cast<std::size_t>(size));
        return;
    }
    }
}

AuditSeal::Digest AuditSeal::valueMac(const unsigned char* key, int keyBytes, sqlite3_value* oldValue,
                                      sqlite3_value* newValue)
{
    ensureSodium();
    std::string values;
    appendValue(values, oldValue);
    appendValue(values, newValue);
    crypto_auth_hmacsha256_state state;
    crypto_auth_hmacsha256_init(&state, key, static_cast<std::size_t>(keyBytes));
    crypto_auth_hmacsha256_update(&state, reinterpret_cast<const unsigned char*>(values.data()), values.size());
    Digest out{};
    crypto_auth_hmacsha256_final(&state, out.data());
    return out;
}

AuditSeal::Digest AuditSeal::auditSeal(const Digest& previous, std::string_view row, const Digest& valueMac)
{
    return sealOf(kAuditDomain, previous, row, &valueMac);
}

AuditSeal::Digest AuditSeal::accessSeal(const Digest& previous, std::string_view row)
{
    return sealOf(kAccessDomain, previous, row, nullptr);
}

void AuditSeal::newValueKey(std::array<unsigned char, kValueKeyBytes>& key)
{
    ensureSodium();
    randombytes_buf(key.data(), key.size());
}

AuditSeal::Digest AuditSeal::fromBlob(const void* bytes, int size)
{
    Digest out{};
    if (bytes && size == static_cast<int>(out.size()))
        std::memcpy(out.data(), bytes, out.size());
    return out;
}

void AuditSeal::registerFunctions(sqlite3* db)
{
    // Deterministic, and called only from CardDesk's own statements (DIRECTONLY: never from a trigger or view a
    // file could bring along).
    sqlite3_create_function_v2(db, "carddesk_value_mac", 3, SQLITE_UTF8 | SQLITE_DETERMINISTIC | SQLITE_DIRECTONLY,
                               nullptr, &valueMacFunction, nullptr, nullptr, nullptr);
}

} // namespace carddesk::storage
