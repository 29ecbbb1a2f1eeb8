#pragma once

namespace carddesk::storage {

// The whole current schema (latestSchemaVersion()) with its first rows (complaint categories, settings), as one
// SQL script: how a new file is made, in one step, instead of by replaying every migration since v1. The
// migrations (Migrations.cpp) remain only to bring older files up to it; a test checks that a file they migrate
// has exactly this schema. A new migration changes this script too.
class BaselineSchema
{
public:
    static const char* sql();
};

} // namespace carddesk::storage
