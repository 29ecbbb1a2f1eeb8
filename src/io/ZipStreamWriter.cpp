#include "io/ZipStreamWriter.h"

#include <QDateTime>
#include <QFile>

#include <zlib.h>

#include <limits>

namespace carddesk::io {

namespace {

constexpr quint32 kLocalHeader = 0x04034b50;
constexpr quint32 kDataDescriptor = 0x08074b50;
constexpr quint32 kCentralHeader = 0x02014b50;
constexpr quint32 kZip64EndRecord = 0x06064b50;
constexpr quint32 kZip64EndLocator = 0x07064b50;
constexpr quint32 kEndRecord = 0x06054b50;
constexpr quint16 kFlags = 0x0008 | 0x0800; // sizes after the data; UTF-8 names
constexpr quint16 kDeflated = 8;
constexpr quint16 kVersion = 20;   // 2.0: deflate
constexpr quint16 kVersion64 = 45; // 4.5: ZIP64
constexpr quint64 kMax32 = 0xffffffffu;
// Deflated bytes are written in pieces of about this size.
constexpr qsizetype kWriteAt = 1 << 20;

void le16(QByteArray& out, quint16 value)
{
    out.append(static_cast<char>(value & 0xff));
    out.append(static_cast<char>(value >> 8));
}

void le32(QByteArray& out, quint32 value)
{
    for (int i = 0; i < 4; ++i)
        out.append(static_cast<char>((value >> (8 * i)) & 0xff));
}

void le64(QByteArray& out, quint64 value)
{
    for (int i = 0; i < 8; ++i)
        out.append(static_cast<char>((value >> (8 * i)) & 0xff));
}

} // namespace

struct ZipStreamWriter::Deflater
{
    z_stream stream{};
    bool open = false;
    ~Deflater()
    {
        if (open)
            deflateEnd(&stream);
    }
};

ZipStreamWriter::ZipStreamWriter(const QString& path) : m_path(path) {}

ZipStreamWriter::~ZipStreamWriter() = default;

core::Error ZipStreamWriter::failure(const QString& why) const
{
    return core::makeError(core::ErrorCode::Io, QStringLiteral("could not write %1: %2").arg(m_path, why));
}

core::Status ZipStreamWriter::open()
{
    m_file = std::make_unique<QFile>(m_path);
    if (!m_file->open(QIODevice::WriteOnly | QIODevice::Truncate))
        return failure(m_file->errorString());
    // MS-DOS date and time of the entries: now, local time, as zip tools show it.
    const QDateTime now = QDateTime::currentDateTime();
    const QDate date = now.date();
    const QTime time = now.time();
    m_dosDate = static_cast<quint16>(((std::max(date.year(), 1980) - 1980) << 9) | (date.month() << 5) | date.day());
    m_dosTime = static_cast<quint16>((time.hour() << 11) | (time.minute() << 5) | (time.second() / 2));
    m_out.reserve(kWriteAt + 65536);
    return {};
}

core::Status ZipStreamWriter::put(const char* data, qsizetype size)
{
    if (m_file->write(data, size) != size)
        return failure(m_file->errorString());
    m_offset += static_cast<quint64>(size);
    return {};
}

core::Status ZipStreamWriter::begin(const QString& name, int level)
{
    if (!m_file || m_inEntry)
        return failure(QStringLiteral("an entry was started before the last one ended"));
    Entry entry;
    entry.name = name.toUtf8();
    entry.offset = m_offset;
    entry.crc = static_cast<quint32>(crc32(0, nullptr, 0));
    // Sizes and CRC are zero here: they follow the data (bit 3).
    QByteArray header;
    le32(header, kLocalHeader);
    le16(header, kVersion);
    le16(header, kFlags);
    le16(header, kDeflated);
    le16(header, m_dosTime);
    le16(header, m_dosDate);
    le32(header, 0);
    le32(header, 0);
    le32(header, 0);
    le16(header, static_cast<quint16>(entry.name.size()));
    le16(header, 0);
    header.append(entry.name);
    if (auto written = put(header.constData(), header.size()); !written)
        return written;
    m_deflater = std::make_unique<Deflater>();
    // Raw deflate (negative window bits): the zip holds no zlib header.
    if (deflateInit2(&m_deflater->stream, level, Z_DEFLATED, -MAX_WBITS, 8, Z_DEFAULT_STRATEGY) != Z_OK)
        return failure(QStringLiteral("zlib could not start"));
    m_deflater->open = true;
    m_entries.push_back(std::move(entry));
    m_inEntry = true;
    return {};
}

core::Status ZipStreamWriter::deflate(const char* data, qsizetype size, bool finish)
{
    z_stream& stream = m_deflater->stream;
    stream.next_in = reinterpret_cast<Bytef*>(const_cast<char*>(data));
    stream.avail_in = static_cast<uInt>(size);
    char buffer[65536];
    for (;;) {
        stream.next_out = reinterpret_cast<Bytef*>(buffer);
        stream.avail_out = sizeof buffer;
        const int result = ::deflate(&stream, finish ? Z_FINISH : Z_NO_FLUSH);
        if (result == Z_STREAM_ERROR)
            return failure(QStringLiteral("zlib failed"));
        const auto produced = static_cast<qsizetype>(sizeof buffer - stream.avail_out);
        m_out.append(buffer, produced);
        m_entries.back().compressed += static_cast<quint64>(produced);
        if (m_out.size() >= kWriteAt) {
            if (auto written = put(m_out.constData(), m_out.size()); !written)
                return written;
            m_out.resize(0); // keeps the buffer
        }
        if (finish ? result == Z_STREAM_END : (stream.avail_in == 0 && stream.avail_out != 0))
            return {};
    }
}

core::Status ZipStreamWriter::write(const char* data, qsizetype size)
{
    if (!m_inEntry)
        return failure(QStringLiteral("data written outside an entry"));
    Entry& entry = m_entries.back();
    // zlib counts in uInt: large buffers go in pieces.
    constexpr qsizetype kPiece = 1 << 30;
    while (size > 0) {
        const qsizetype piece = std::min(size, kPiece);
        entry.crc =
            static_cast<quint32>(crc32(entry.crc, reinterpret_cast<const Bytef*>(data), static_cast<uInt>(piece)));
        entry.size += static_cast<quint64>(piece);
        if (auto deflated = deflate(data, piece, false); !deflated)
            return deflated;
        data += piece;
        size -= piece;
    }
    return {};
}

core::Status ZipStreamWriter::end()
{
    if (!m_inEntry)
        return failure(QStringLiteral("no entry to end"));
    if (auto deflated = deflate(nullptr, 0, true); !deflated)
        return deflated;
    m_deflater.reset();
    m_inEntry = false;
    const Entry& entry = m_entries.back();
    QByteArray descriptor = std::move(m_out);
    m_out = QByteArray();
    m_out.reserve(kWriteAt + 65536);
    le32(descriptor, kDataDescriptor);
    le32(descriptor, entry.crc);
    // 8-byte sizes once either passes 4 GB (the central directory then carries ZIP64 sizes too).
    if (entry.size >= kMax32 || entry.compressed >= kMax32) {
        le64(descriptor, entry.compressed);
        le64(descriptor, entry.size);
    } else {
        le32(descriptor, static_cast<quint32>(entry.compressed));
        le32(descriptor, static_cast<quint32>(entry.size));
    }
    return put(descriptor.constData(), descriptor.size());
}

core::Status ZipStreamWriter::close()
{
    if (m_inEntry)
        if (auto ended = end(); !ended)
            return ended;
    const quint64 directoryStart = m_offset;
    QByteArray directory;
    for (const Entry& entry : m_entries) {
        // Values past 32 bits go to the ZIP64 extra field, in this order, with 0xffffffff in their place.
        QByteArray extra;
        if (entry.size >= kMax32)
            le64(extra, entry.size);
        if (entry.compressed >= kMax32)
            le64(extra, entry.compressed);
        if (entry.offset >= kMax32)
            le64(extra, entry.offset);
        if (!extra.isEmpty()) {
            QByteArray field;
            le16(field, 0x0001);
            le16(field, static_cast<quint16>(extra.size()));
            extra.prepend(field);
        }
        const quint16 version = extra.isEmpty() ? kVersion : kVersion64;
        le32(directory, kCentralHeader);
        le16(directory, version); // made by: MS-DOS, this version
        le16(directory, version);
        le16(directory, kFlags);
        le16(directory, kDeflated);
        le16(directory, m_dosTime);
        le16(directory, m_dosDate);
        le32(directory, entry.crc);
        le32(directory, static_cast<quint32>(std::min(entry.compressed, kMax32)));
        le32(directory, static_cast<quint32>(std::min(entry.size, kMax32)));
        le16(directory, static_cast<quint16>(entry.name.size()));
        le16(directory, static_cast<quint16>(extra.size()));
        le16(directory, 0); // comment
        le16(directory, 0); // disk
        le16(directory, 0); // internal attributes
        le32(directory, 0); // external attributes
        le32(directory, static_cast<quint32>(std::min(entry.offset, kMax32)));
        directory.append(entry.name);
        directory.append(extra);
    }
    const auto count = static_cast<quint64>(m_entries.size());
    const auto directorySize = static_cast<quint64>(directory.size());
    if (directoryStart >= kMax32 || directorySize >= kMax32 || count >= 0xffff) {
        const quint64 recordAt = directoryStart + directorySize;
        le32(directory, kZip64EndRecord);
        le64(directory, 44); // the record's size after this field
        le16(directory, kVersion64);
        le16(directory, kVersion64);
        le32(directory, 0); // this disk
        le32(directory, 0); // the directory's disk
        le64(directory, count);
        le64(directory, count);
        le64(directory, directorySize);
        le64(directory, directoryStart);
        le32(directory, kZip64EndLocator);
        le32(directory, 0);
        le64(directory, recordAt);
        le32(directory, 1); // disks
    }
    le32(directory, kEndRecord);
    le16(directory, 0);
    le16(directory, 0);
    le16(directory, static_cast<quint16>(std::min<quint64>(count, 0xffff)));
    le16(directory, static_cast<quint16>(std::min<quint64>(count, 0xffff)));
    le32(directory, static_cast<quint32>(std::min(directorySize, kMax32)));
    le32(directory, static_cast<quint32>(std::min(directoryStart, kMax32)));
    le16(directory, 0); // comment
    if (auto written = put(directory.constData(), directory.size()); !written)
        return written;
    if (!m_file->flush())
        return failure(m_file->errorString());
    m_file->close();
    if (m_file->error() != QFileDevice::NoError)
        return failure(m_file->errorString());
    return {};
}

} // namespace carddesk::io
