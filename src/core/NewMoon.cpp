#include "core/NewMoon.h"

#include <cmath>
#include <numbers>

namespace carddesk::core {

namespace {

constexpr double kSynodicMonth = 29.530588861;
constexpr double kNewMoon2000 = 2451550.09766; // JDE of the first new moon of 2000 (k = 0)

double radians(double degrees)
{
    return degrees * std::numbers::pi / 180.0;
}

// TT − UT in seconds (Espenak and Meeus, NASA's eclipse pages), enough for minutes.
double deltaT(double year)
{
    if (year < 1941) {
        const double t = year - 1920;
        return 21.20 + 0.84493 * t - 0.076100 * t * t + 0.0020936 * t * t * t;
    }
    if (year < 1961) {
        const double t = year - 1950;
        return 29.07 + 0.407 * t - t * t / 233 + t * t * t / 2547;
    }
    if (year < 1986) {
        const double t = year - 1975;
        return 45.45 + 1.067 * t - t * t / 260 - t * t * t / 718;
    }
    if (year < 2005) {
        const double t = year - 2000;
        return 63.86 + 0.3345 * t - 0.060374 * t * t + 0.0017275 * std::pow(t, 3) + 0.000651814 * std::pow(t, 4) +
               0.00002373599 * std::pow(t, 5);
    }
    if (year < 2050) {
        const double t = year - 2000;
        return 62.92 + 0.32217 * t + 0.005589 * t * t;
    }
    const double u = (year - 1820) / 100;
    return -20 + 32 * u * u - 0.5628 * (2150 - year);
}

// The JDE (terrestrial time) of new moon number k after January 2000 (Meeus 49.1 and the new moon's corrections).
double newMoonJde(double k)
{
    const double t = k / 1236.85;
    const double t2 = t * t, t3 = t2 * t, t4 = t3 * t;
    double jde = kNewMoon2000 + kSynodicMonth * k + 0.00015437 * t2 - 0.000000150 * t3 + 0.00000000073 * t4;
    const double e = 1 - 0.002516 * t - 0.0000074 * t2;
    const double m = radians(2.5534 + 29.10535670 * k - 0.0000014 * t2 - 0.00000011 * t3);
    const double mp = radians(201.5643 + 385.81693528 * k + 0.0107582 * t2 + 0.00001238 * t3 - 0.000000058 * t4);
    const double f = radians(160.7108 + 390.67050284 * k - 0.0016118 * t2 - 0.00000227 * t3 + 0.000000011 * t4);
    const double omega = radians(124.7746 - 1.56375588 * k + 0.0020672 * t2 + 0.00000215 * t3);
    using std::sin;
    jde += -0.40720 * sin(mp) + 0.17241 * e * sin(m) + 0.01608 * sin(2 * mp) + 0.01039 * sin(2 * f) +
           0.00739 * e * sin(mp - m) - 0.00514 * e * sin(mp + m) + 0.00208 * e * e * sin(2 * m) -
           0.00111 * sin(mp - 2 * f) - 0.00057 * sin(mp + 2 * f) + 0.00056 * e * sin(2 * mp + m) -
           0.00042 * sin(3 * mp) + 0.00042 * e * sin(m + 2 * f) + 0.00038 * e * sin(m - 2 * f) -
           0.00024 * e * sin(2 * mp - m) - 0.00017 * sin(omega) - 0.00007 * sin(mp + 2 * m) +
           0.00004 * sin(2 * mp - 2 * f) + 0.00004 * sin(3 * m) + 0.00003 * sin(mp + m - 2 * f) +
           0.00003 * sin(2 * mp + 2 * f) - 0.00003 * sin(mp + m + 2 * f) + 0.00003 * sin(mp - m + 2 * f) -
           0.00002 * sin(mp - m - 2 * f) - 0.00002 * sin(3 * mp + m) + 0.00002 * sin(4 * mp);
    // The planetary arguments (Meeus table 49.B).
    struct Term
    {
        double a, b, c, coefficient;
    };
    static constexpr Term kTerms[] = {
        {299.77, 0.107408, -0.009173, 0.000325}, {251.88, 0.016321, 0, 0.000165}, {251.83, 26.651886, 0, 0.000164},
        {349.42, 36.412478, 0, 0.000126},        {84.66, 18.206239, 0, 0.000110}, {141.74, 53.303771, 0, 0.000062},
        {207.14, 2.453732, 0, 0.000060},         {154.84, 7.306860, 0, 0.000056}, {34.52, 27.261239, 0, 0.000047},
        {207.19, 0.121824, 0, 0.000042},         {291.34, 1.844379, 0, 0.000040}, {161.72, 24.198154, 0, 0.000037},
        {239.56, 25.513099, 0, 0.000035},        {331.55, 3.592518, 0, 0.000023},
    };
    for (const Term& term : kTerms)
        jde += term.coefficient * sin(radians(term.a + term.b * k + term.c * t2));
    return jde;
}

} // namespace

QDate NewMoon::dayInChina(const QDate& near)
{
    if (!near.isValid())
        return {};
    const double julianDay = static_cast<double>(near.toJulianDay()) - 0.5; // that day's 0h UT
    const double k = std::round((julianDay - kNewMoon2000) / kSynodicMonth);
    const double jde = newMoonJde(k);
    const double year = 2000 + (jde - 2451545.0) / 365.25;
    const double chinaTime = jde - deltaT(year) / 86400.0 + 8.0 / 24.0;
    return QDate::fromJulianDay(static_cast<qint64>(std::floor(chinaTime + 0.5)));
}

} // namespace carddesk::core
