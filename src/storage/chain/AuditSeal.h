#pragma once

#include <sqlite3.h>

#include <array>
#include <string>
#include <string_view>

namespace carddesk::storage {

// The hash chain over the trails (schema v22, docs/SECURITY.md): each audit_log and access_log row carries a seal,
// SHA-256 of the previous row's seal and a canonical encoding of the row's columns, so that a row changed, removed
// or added with another tool no longer matches. An audit row's old and new values enter through an HMAC under a
// random key of the row's own (value_key): an erasure blanks the values, keeps the HMAC (value_mac) and throws the
// key away, so the chain still holds and nothing left in the file lets anyone test a guess of an erased value.
class AuditSeal
{
public:
    using Digest = std::array<unsigned char, 32>;
    static constexpr int kValueKeyBytes = 16;

    // Appends one column: a type byte, then the integer (8 bytes, big-endian), the real's bits, or the length
    // (4 bytes) and bytes of a text or blob. The stored type counts: 5 and '5' encode differently.
    static void appendValue(std::string& out, sqlite3_value* value);
    static void appendInteger(std::string& out, long long value);

    // HMAC-SHA-256 under the row's value key of its old and new values.
    static Digest valueMac(const unsigned char* key, int keyBytes, sqlite3_value* oldValue, sqlite3_value* newValue);
    // An audit row's seal: its columns id … field encoded in `row`, its values through `valueMac`.
    static Digest auditSeal(const Digest& previous, std::string_view row, const Digest& valueMac);
    // An access-log row's seal: every column encoded in `row`.
    static Digest accessSeal(const Digest& previous, std::string_view row);

    // A new random value key for a row.
    static void newValueKey(std::array<unsigned char, kValueKeyBytes>& key);
    static Digest fromBlob(const void* bytes, int size); // a stored seal; zeros when it is not 32 bytes

    // carddesk_value_mac(value_key, old_value, new_value): what an erasure stores in value_mac before it blanks
    // the values and drops the key (storage::ContactErasure). Registered on every writable connection.
    static void registerFunctions(sqlite3* db);
};

} // namespace carddesk::storage
