#pragma once

#include "core/Result.h"

#include <QByteArray>
#include <QString>

#include <memory>
#include <vector>

class QFile;

namespace carddesk::io {

// Writes a zip archive as its entries' data comes, one entry at a time, deflated on the way (zlib, raw deflate) at
// the level asked: nothing of an entry is kept in memory or in a temporary file. Each entry's sizes and CRC follow
// its data (a data descriptor, general purpose bit 3), the central directory comes at close(). ZIP64 records are
// written only where a size or an offset passes 4 GB (or the entries 65,535), so ordinary archives stay plain.
// Names are UTF-8 (bit 11). What libxlsxwriter did for the customer export at level 6 in one pass after the last
// row, this does while the rows are written (docs/PERFORMANCE.md, "Export").
class ZipStreamWriter
{
public:
    explicit ZipStreamWriter(const QString& path);
    ~ZipStreamWriter();
    ZipStreamWriter(const ZipStreamWriter&) = delete;
    ZipStreamWriter& operator=(const ZipStreamWriter&) = delete;

    // Creates the file (replacing it). Io when it cannot be.
    core::Status open();
    // Starts an entry; the one before must have ended. level: zlib's 0–9 (1: fastest).
    core::Status begin(const QString& name, int level);
    core::Status write(const char* data, qsizetype size);
    core::Status write(const QByteArray& data) { return write(data.constData(), data.size()); }
    core::Status end();
    // The central directory; the file is complete after it.
    core::Status close();

private:
    struct Entry
    {
        QByteArray name;
        quint32 crc = 0;
        quint64 compressed = 0;
        quint64 size = 0;
        quint64 offset = 0;
    };
    struct Deflater;

    core::Status put(const char* data, qsizetype size); // to the file, counting the offset
    core::Status deflate(const char* data, qsizetype size, bool finish);
    core::Error failure(const QString& why) const;

    QString m_path;
    std::unique_ptr<QFile> m_file;
    std::unique_ptr<Deflater> m_deflater;
    std::vector<Entry> m_entries;
    bool m_inEntry = false;
    quint64 m_offset = 0;
    quint16 m_dosTime = 0;
    quint16 m_dosDate = 0;
    QByteArray m_out; // deflated bytes not yet written
};

} // namespace carddesk::io
