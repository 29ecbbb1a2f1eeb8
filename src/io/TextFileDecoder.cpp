#include "io/TextFileDecoder.h"

#include "io/ImportTable.h"

#include <uchardet/uchardet.h>
#include <unicode/ucnv.h>

#include <memory>
#include <vector>

namespace carddesk::io {

using core::ErrorCode;

namespace {

// Where a position of the decoded text lies, counted like the CSV reader counts: records (a quoted field may span
// lines), fields separated by any of , ; tab outside quotes is not known yet, so the first of them met on the
// first record is taken, like the reader's own guess.
struct Place
{
    qint64 row = 1;
    int column = 1;
};

Place placeOf(QStringView text, qsizetype position)
{
    Place place;
    QChar separator;
    bool quoted = false;
    bool firstRecord = true;
    for (qsizetype i = 0; i < position && i < text.size(); ++i) {
        const QChar c = text[i];
        if (c == u'"') {
            quoted = !quoted;
        } else if (!quoted && c == u'\n') {
            ++place.row;
            place.column = 1;
            firstRecord = false;
        } else if (!quoted && (c == u',' || c == u';' || c == u'\t')) {
            if (separator.isNull() && firstRecord)
                separator = c;
            if (c == separator || (separator.isNull() && c == u','))
                ++place.column;
        }
    }
    return place;
}

QString where(const QString& fileName, const Place& place)
{
    return QStringLiteral("%1, row %2, column %3").arg(fileName).arg(place.row).arg(place.column);
}

core::Error placedError(const QString& fileName, const Place& place, const QString& message)
{
    return core::Error{
        ErrorCode::InvalidArgument,
        QStringLiteral("%1 (%2): %3").arg(where(fileName, place), ImportTable::columnLetters(place.column), message),
        QStringLiteral("column %1").arg(place.column), place.row};
}

// The length of the valid UTF-8 sequence at p (1 for ASCII), or 0 when the bytes there are not valid UTF-8.
int utf8SequenceLength(const unsigned char* p, const unsigned char* end)
{
    const unsigned char c = p[0];
    if (c < 0x80)
        return 1;
    int length = 0;
    unsigned int min = 0;
    if (c >= 0xC2 && c <= 0xDF) {
        length = 2;
        min = 0x80;
    } else if (c >= 0xE0 && c <= 0xEF) {
        length = 3;
        min = 0x800;
    } else if (c >= 0xF0 && c <= 0xF4) {
        length = 4;
        min = 0x10000;
    } else {
        return 0;
    }
    if (end - p < length)
        return 0;
    unsigned int code = c & (0x7F >> length);
    for (int k = 1; k < length; ++k) {
        if ((p[k] & 0xC0) != 0x80)
            return 0;
        code = (code << 6) | (p[k] & 0x3F);
    }
    if (code < min || code > 0x10FFFF || (code >= 0xD800 && code <= 0xDFFF))
        return 0;
    return length;
}

// Lines that are valid UTF-8 holding at least two 3- or 4-byte characters (Chinese in UTF-8), and lines that are
// not valid UTF-8. In a GBK file a line of Chinese is valid UTF-8 only by rare chance, so both kinds in one file,
// the first at least 1 % of them, means a file of two encodings (two files pasted together).
struct Utf8Survey
{
    qint64 utf8Lines = 0;
    qint64 otherLines = 0;
    qsizetype firstInvalid = -1; // byte offset
    qsizetype firstUtf8Line = -1;
    bool valid() const { return firstInvalid < 0; }
    bool mixed() const { return utf8Lines > 0 && otherLines > 0 && utf8Lines * 100 >= utf8Lines + otherLines; }
};

Utf8Survey surveyUtf8(const QByteArray& bytes, qsizetype start)
{
    Utf8Survey survey;
    const auto* begin = reinterpret_cast<const unsigned char*>(bytes.constData());
    const unsigned char* end = begin + bytes.size();
    const unsigned char* p = begin + start;
    int wideChars = 0;
    bool lineInvalid = false;
    qsizetype lineStart = start;
    auto endLine = [&]() {
        if (lineInvalid)
            ++survey.otherLines;
        else if (wideChars >= 2) {
            ++survey.utf8Lines;
            if (survey.firstUtf8Line < 0)
                survey.firstUtf8Line = lineStart;
        }
        wideChars = 0;
        lineInvalid = false;
    };
    while (p < end) {
        if (*p == '\n') {
            endLine();
            ++p;
            lineStart = p - begin;
            continue;
        }
        if (*p < 0x80) {
            ++p;
            continue;
        }
        const int length = utf8SequenceLength(p, end);
        if (length == 0) {
            if (survey.firstInvalid < 0)
                survey.firstInvalid = p - begin;
            lineInvalid = true;
            ++p;
            continue;
        }
        if (length >= 3)
            ++wideChars;
        p += length;
    }
    endLine();
    return survey;
}

// UTF-16 without a byte-order mark: text of mostly ASCII has a zero in every other byte.
QString utf16WithoutMark(const QByteArray& bytes)
{
    const qsizetype n = std::min<qsizetype>(bytes.size(), 4096) & ~qsizetype(1);
    if (n < 8)
        return {};
    qsizetype evenZeros = 0;
    qsizetype oddZeros = 0;
    for (qsizetype i = 0; i < n; i += 2) {
        evenZeros += bytes[i] == 0;
        oddZeros += bytes[i + 1] == 0;
    }
    const qsizetype pairs = n / 2;
    if (oddZeros * 10 >= pairs * 7 && evenZeros * 10 < pairs)
        return QStringLiteral("UTF-16LE");
    if (evenZeros * 10 >= pairs * 7 && oddZeros * 10 < pairs)
        return QStringLiteral("UTF-16BE");
    return {};
}

constexpr qsizetype kDetectorSample = 1 << 20;

QString uchardetGuess(const QByteArray& bytes)
{
    std::unique_ptr<std::remove_pointer_t<uchardet_t>, void (*)(uchardet_t)> detector(uchardet_new(), uchardet_delete);
    // A sample is enough to tell the encoding; the whole file is checked while it is decoded.
    const qsizetype sample = std::min<qsizetype>(bytes.size(), kDetectorSample);
    if (uchardet_handle_data(detector.get(), bytes.constData(), static_cast<size_t>(sample)) != 0)
        return {};
    uchardet_data_end(detector.get());
    return QString::fromLatin1(uchardet_get_charset(detector.get()));
}

// uchardet's name to the converter used: GB2312 and GBK files are read as GB18030, their superset, so a rarer
// character in an "GB2312" file does not fail.
QString converterFor(const QString& detected)
{
    const QString upper = detected.toUpper();
    if (upper == u"GB2312" || upper == u"GBK" || upper == u"GB18030" || upper == u"HZ-GB-2312" || upper == u"EUC-CN")
        return QStringLiteral("GB18030");
    if (upper == u"ASCII" || upper.isEmpty())
        return QStringLiteral("UTF-8");
    return detected;
}

// True when `bytes` convert from `encoding` without one byte that has no character there.
bool readsStrictlyAs(const QByteArray& bytes, const char* encoding)
{
    UErrorCode status = U_ZERO_ERROR;
    std::unique_ptr<UConverter, void (*)(UConverter*)> converter(ucnv_open(encoding, &status), ucnv_close);
    if (U_FAILURE(status))
        return false;
    ucnv_setToUCallBack(converter.get(), UCNV_TO_U_CALLBACK_STOP, nullptr, nullptr, nullptr, &status);
    std::vector<UChar> out(static_cast<std::size_t>(bytes.size()) + 1);
    ucnv_toUChars(converter.get(), out.data(), static_cast<int32_t>(out.size()), bytes.constData(),
                  static_cast<int32_t>(bytes.size()), &status);
    return U_SUCCESS(status);
}

// True when every byte outside ASCII is one of a pair of bytes from 0x81 up, as Chinese characters are in GBK; an
// accented letter of another code page is mostly followed by an ASCII one ("Müller" in windows-1252: FC 6C).
bool onlyDoubleBytePairs(const QByteArray& bytes)
{
    for (qsizetype i = 0; i < bytes.size(); ++i) {
        if (static_cast<unsigned char>(bytes[i]) < 0x80)
            continue;
        if (static_cast<unsigned char>(bytes[i]) < 0x81 || i + 1 == bytes.size() ||
            static_cast<unsigned char>(bytes[i + 1]) < 0x81 || static_cast<unsigned char>(bytes[i + 1]) == 0xFF)
            return false;
        ++i;
    }
    return true;
}

// The encoding of bytes that are not UTF-8 (the caller has seen to that). A few GBK names ("王五") give uchardet too
// little to go on: it answers nothing, which would mean UTF-8 and fail; in a Chinese office such bytes are GBK when
// they read as GB18030 without a fault. Only for a file the detector saw whole (its sample is the first MiB) and
// whose other bytes are all pairs as Chinese characters make: a longer file whose first MiB is ASCII, or Latin text
// of another code page, is left to fail with the place of its first byte that is not UTF-8.
QString legacyEncodingOf(const QByteArray& bytes)
{
    const QString guessed = converterFor(uchardetGuess(bytes));
    if (guessed == u"UTF-8" && bytes.size() <= kDetectorSample && onlyDoubleBytePairs(bytes) &&
        readsStrictlyAs(bytes, "GB18030"))
        return QStringLiteral("GB18030");
    return guessed;
}

} // namespace

QString TextFileDecoder::binaryKind(const QByteArray& bytes)
{
    struct Magic
    {
        const char* bytes;
        int length;
        const char* what;
    };
    static const Magic kMagic[] = {
        {"PK\x03\x04", 4, "a zip archive (an .xlsx workbook? give it a .xlsx name)"},
        {"\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1", 8,
         "an Excel 97-2003 (.xls) or other Office binary file; save it as .xlsx or .csv"},
        {"%PDF", 4, "a PDF document"},
        {"\x89PNG", 4, "a PNG image"},
        {"\xFF\xD8\xFF", 3, "a JPEG image"},
        {"GIF8", 4, "a GIF image"},
        {"SQLite format 3", 15, "an SQLite database"},
        {"\x1F\x8B", 2, "a gzip archive"},
        {"Rar!", 4, "a RAR archive"},
        {"7z\xBC\xAF", 4, "a 7-Zip archive"},
        {"\x7F"
         "ELF",
         4, "a program"},
    };
    for (const Magic& magic : kMagic) {
        if (bytes.startsWith(QByteArray::fromRawData(magic.bytes, magic.length)))
            return QString::fromUtf8(magic.what);
    }
    return {};
}

QString TextFileDecoder::detect(const QByteArray& bytes)
{
    if (bytes.startsWith("\xEF\xBB\xBF"))
        return QStringLiteral("UTF-8");
    if (bytes.startsWith("\xFF\xFE"))
        return QStringLiteral("UTF-16LE");
    if (bytes.startsWith("\xFE\xFF"))
        return QStringLiteral("UTF-16BE");
    if (const QString utf16 = utf16WithoutMark(bytes); !utf16.isEmpty())
        return utf16;
    const Utf8Survey survey = surveyUtf8(bytes, 0);
    if (survey.valid())
        return QStringLiteral("UTF-8");
    return legacyEncodingOf(bytes);
}

core::Result<TextFileDecoder::Decoded> TextFileDecoder::decode(const QByteArray& bytes, const QString& fileName,
                                                               const QString& encoding)
{
    Decoded decoded;
    qsizetype skip = 0;
    if (bytes.startsWith("\xEF\xBB\xBF")) {
        decoded.detectedEncoding = QStringLiteral("UTF-8");
        decoded.byteOrderMark = true;
        skip = 3;
    } else if (bytes.startsWith("\xFF\xFE") || bytes.startsWith("\xFE\xFF")) {
        decoded.detectedEncoding =
            bytes.startsWith("\xFF\xFE") ? QStringLiteral("UTF-16LE") : QStringLiteral("UTF-16BE");
        decoded.byteOrderMark = true;
        skip = 2;
    } else if (const QString utf16 = utf16WithoutMark(bytes); !utf16.isEmpty()) {
        decoded.detectedEncoding = utf16;
    } else {
        const Utf8Survey survey = surveyUtf8(bytes, 0);
        if (survey.valid()) {
            decoded.detectedEncoding = QStringLiteral("UTF-8");
        } else if (survey.mixed() && encoding.isEmpty()) {
            // Decode the valid start to name the place of the first byte that is not UTF-8.
            const QString before = QString::fromUtf8(bytes.constData(), survey.firstInvalid);
            const QString firstUtf8 = QString::number(
                placeOf(QString::fromUtf8(bytes.constData(), survey.firstUtf8Line), survey.firstUtf8Line).row);
            return placedError(fileName, placeOf(before, before.size()),
                               QStringLiteral("the file mixes encodings: row %1 is UTF-8 but this byte is not "
                                              "(another encoding, such as GBK, pasted in); save the file again in "
                                              "one encoding, or choose one with --encoding")
                                   .arg(firstUtf8));
        } else {
            decoded.detectedEncoding = legacyEncodingOf(bytes);
        }
    }
    decoded.encoding = encoding.isEmpty() ? decoded.detectedEncoding : encoding;

    UErrorCode status = U_ZERO_ERROR;
    const QByteArray converterName = decoded.encoding.toLatin1();
    std::unique_ptr<UConverter, void (*)(UConverter*)> converter(ucnv_open(converterName.constData(), &status),
                                                                 ucnv_close);
    if (U_FAILURE(status))
        return core::makeError(ErrorCode::InvalidArgument,
                               QStringLiteral("%1: unknown encoding '%2' (try UTF-8, GB18030, GBK, UTF-16LE, "
                                              "UTF-16BE, Big5)")
                                   .arg(fileName, decoded.encoding),
                               QStringLiteral("encoding"));
    // Stop at the first byte that is not valid in the encoding instead of substituting it.
    ucnv_setToUCallBack(converter.get(), UCNV_TO_U_CALLBACK_STOP, nullptr, nullptr, nullptr, &status);
    // The BOM of the chosen encoding only: a UTF-8 mark is not skipped when the user chose GB18030.
    if (skip > 0 && !decoded.encoding.startsWith(decoded.detectedEncoding.left(5), Qt::CaseInsensitive))
        skip = 0;
    const char* source = bytes.constData() + skip;
    const char* sourceEnd = bytes.constData() + bytes.size();
    decoded.text.resize((bytes.size() - skip) + 16);
    auto* target = reinterpret_cast<UChar*>(decoded.text.data());
    UChar* const targetStart = target;
    const UChar* targetEnd = targetStart + decoded.text.size();
    ucnv_toUnicode(converter.get(), &target, targetEnd, &source, sourceEnd, nullptr, true, &status);
    if (status == U_BUFFER_OVERFLOW_ERROR) // an encoding of more UTF-16 units than bytes (none known); be safe
        return core::makeError(ErrorCode::Internal, QStringLiteral("%1: decoding overflow").arg(fileName));
    if (U_FAILURE(status)) {
        const qsizetype good = target - targetStart;
        const QStringView text(decoded.text.constData(), good);
        return placedError(fileName, placeOf(text, good),
                           QStringLiteral("a byte that is not valid %1 (byte %2 of the file); the file is in "
                                          "another encoding, or damaged: choose its encoding with --encoding")
                               .arg(decoded.encoding)
                               .arg(source - bytes.constData()));
    }
    decoded.text.truncate(target - targetStart);
    // A byte-order mark that ICU kept (UTF-16 with an explicit LE/BE name).
    if (decoded.text.startsWith(QChar(0xFEFF)))
        decoded.text.remove(0, 1);
    return decoded;
}

} // namespace carddesk::io
