#!/usr/bin/env python3
"""Crash loop (issue #17, docs/RELIABILITY.md): kill -9 in the middle of every kind of write, then check that every
acknowledged write is there, that each write is whole or absent, and that the file is sound.

A write is acknowledged when its command exited 0 (the CLI) or printed "ACK" (the GUI writer, bench/crash_gui_writer,
which saves a card through the real CustomerCardWidget). Each round starts one writer, kills it with SIGKILL after a
random delay between 30 % and 130 % of that kind's usual duration (re-measured by every tenth round of a kind, which
runs to its end), so kills land before, inside and after the write,
lets SQLite recover the file as the next start would, and checks:
  - PRAGMA quick_check is ok (every 50 rounds, and at the end, `carddesk-cli check` too);
  - every write acknowledged so far, in any earlier round, is still there;
  - each write is all or nothing: an order has its invoice, a completed visit its interaction, an import all its
    rows or none, a handover all its customers or none, a scoring run every score, a payment its receivable's paid
    amount, a backup with its final name is a sound office.

    bench/crash_loop.py --rounds 1000 [--cli build/src/cli/carddesk-cli] [--gui-writer build/bench/crash_gui_writer]
"""

import argparse
import os
import random
import signal
import sqlite3
import subprocess
import sys
import tempfile
import time


class CrashLoop:
    def __init__(self, args):
        self.args = args
        self.random = random.Random(args.seed)
        self.work = tempfile.mkdtemp(prefix="crash-loop-", dir=args.work)
        self.office = os.path.join(self.work, "office.db")
        self.rep_pw = self.write("rep.pw", "demo1234\n")
        self.admin_pw = self.write("admin.pw", "admin1234\n")
        self.failures = []
        self.durations = {}
        self.unkilled = {}
        self.rounds = {}
        self.acked = {}
        # What was acknowledged, for the checks of every later round.
        self.visits_planned = set()  # purposes
        self.visits_done = set()  # results
        self.orders = set()  # notes
        self.imports = set()  # code prefixes of acknowledged order imports
        self.customer_imports = set()  # name prefixes
        self.payments = {}  # receivable id -> acknowledged payments
        self.score_runs = 0
        self.backups = 0
        self.gui_acks = []
        self.gui_number = 0
        self.handover_owner = None

    def write(self, name, text):
        path = os.path.join(self.work, name)
        with open(path, "w", encoding="utf-8") as f:
            f.write(text)
        return path

    def cli(self, user, password_file, *command):
        return [self.args.cli, "--db", self.office, "--user", user, "--password-file", password_file, *command]

    def db(self):
        # Opening read-write lets SQLite recover the WAL and journal exactly as the next CardDesk start would.
        connection = sqlite3.connect(self.office, timeout=30)
        connection.execute("PRAGMA busy_timeout = 30000")
        return connection

    def fail(self, round_no, kind, message):
        self.failures.append(f"round {round_no} ({kind}): {message}")
        print(f"FAIL round {round_no} ({kind}): {message}", file=sys.stderr, flush=True)

    # --- set-up -----------------------------------------------------------------------------------------------

    def set_up(self):
        subprocess.run([self.args.cli, "--db", self.office, "demo", "--customers", str(self.args.customers)],
                       check=True, stdout=subprocess.DEVNULL)
        with self.db() as c:
            self.rep01 = c.execute("SELECT id FROM users WHERE username = 'rep01'").fetchone()[0]
            self.rep02 = c.execute("SELECT id FROM users WHERE username = 'rep02'").fetchone()[0]
            self.products = [r[0] for r in c.execute("SELECT code FROM products ORDER BY id LIMIT 5")]
            mine = [r[0] for r in c.execute("SELECT id FROM customers WHERE owner_id = ? ORDER BY id DESC",
                                            (self.rep01,))]
            # The GUI writer's card, three customers handed between rep01 and rep02 and back, and the rest for
            # visits and orders (which need rep01 to own them).
            self.gui_customer = mine[0]
            self.handed = mine[1:4]
            self.codes = [r[0] for r in c.execute(
                f"SELECT code FROM customers WHERE id IN ({','.join('?' * len(mine[4:]))})", mine[4:])]
            self.handover_owner = self.rep01

    # --- the kinds of write -----------------------------------------------------------------------------------

    def kind_visit_plan(self, n):
        purpose = f"crash-plan-{n}"
        code = self.random.choice(self.codes)
        day = f"2027-0{self.random.randint(1, 9)}-{self.random.randint(10, 28)}"
        cmd = self.cli("rep01", self.rep_pw, "visits", "plan", "--customer", code, "--date", day,
                       "--purpose", purpose)
        return cmd, lambda ok: ok and self.visits_planned.add(purpose), None

    def kind_visit_complete(self, n):
        with self.db() as c:
            row = c.execute("SELECT id FROM visits WHERE status = 'planned' AND purpose LIKE 'crash-plan-%' "
                            "ORDER BY random() LIMIT 1").fetchone()
        if row is None:
            return self.kind_visit_plan(n)
        result = f"crash-done-{n}"
        cmd = self.cli("rep01", self.rep_pw, "visits", "complete", str(row[0]), "--result", result)
        return cmd, lambda ok: ok and self.visits_done.add(result), None

    def kind_order_add(self, n):
        notes = f"crash-order-{n}"
        lines = []
        for product in self.random.sample(self.products, 2):
            lines += ["--line", f"{product}:{self.random.randint(1, 5)}"]
        cmd = self.cli("rep01", self.rep_pw, "orders", "add", "--customer", self.random.choice(self.codes),
                       "--date", "2026-12-01", *lines, "--notes", notes, "--reason", "crash loop")
        return cmd, lambda ok: ok and self.orders.add(notes), None

    def kind_payment_add(self, n):
        with self.db() as c:
            row = c.execute("SELECT r.id FROM receivables r JOIN customers c ON c.id = r.customer_id "
                            "WHERE c.owner_id = ? AND r.amount - r.paid_amount >= 1 ORDER BY random() LIMIT 1",
                            (self.rep01,)).fetchone()
        if row is None:
            return self.kind_order_add(n)
        receivable = row[0]
        cmd = self.cli("rep01", self.rep_pw, "payments", "add", "--receivable", str(receivable), "--amount", "1",
                       "--date", "2026-12-02", "--method", "cash")

        def acknowledge(ok):
            if ok:
                self.payments[receivable] = self.payments.get(receivable, 0) + 1
        return cmd, acknowledge, None

    def kind_import_orders(self, n):
        prefix = f"KX{n:05d}"
        rows = ["customer_code,order_date,amount"]
        for i in range(self.args.import_rows):
            rows.append(f"{prefix}N{i:04d},2026-0{1 + i % 9}-1{i % 10},{100 + i}.50")
        path = self.write(f"orders-{n}.csv", "\n".join(rows) + "\n")
        cmd = self.cli("rep01", self.rep_pw, "import-orders", path, "--create-customers")
        return cmd, lambda ok: ok and self.imports.add(prefix), None

    def kind_import_customers(self, n):
        prefix = f"导入客户{n:05d}-"
        rows = ["code,name"] + [f"CI{n:05d}N{i:03d},{prefix}{i}" for i in range(self.args.import_rows // 4)]
        path = self.write(f"customers-{n}.csv", "\n".join(rows) + "\n")
        cmd = self.cli("manager.east", self.rep_pw, "import-customers", path)
        return cmd, lambda ok: ok and self.customer_imports.add(prefix), None

    def kind_score(self, n):
        cmd = self.cli("admin", self.admin_pw, "score", "--as-of", f"2026-11-{self.random.randint(10, 28)}")

        def acknowledge(ok):
            if ok:
                self.score_runs += 1
        return cmd, acknowledge, None

    def kind_handover(self, n):
        to_rep, to_name = (self.rep02, "rep02") if self.handover_owner == self.rep01 else (self.rep01, "rep01")
        from_name = "rep01" if to_name == "rep02" else "rep02"
        cmd = self.cli("manager.east", self.rep_pw, "handover", "--from", from_name, "--to", to_name,
                       "--customers", ",".join(str(i) for i in self.handed))

        def acknowledge(ok):
            if ok:
                self.handover_owner = to_rep
        return cmd, acknowledge, None

    def kind_backup(self, n):
        cmd = self.cli("admin", self.admin_pw, "backup", "--to", os.path.join(self.work, "backups"))

        def acknowledge(ok):
            if ok:
                self.backups += 1
        return cmd, acknowledge, None

    def kind_gui_save(self, n):
        if not self.args.gui_writer:
            return self.kind_visit_plan(n)
        first = self.gui_number + 1
        cmd = [self.args.gui_writer, self.office, "rep01", self.rep_pw, str(self.gui_customer), str(first)]

        def acknowledge(ok, output=""):
            for line in output.splitlines():
                if line.startswith("ACK crash-gui-"):
                    self.gui_acks.append(line[4:])
                    self.gui_number = int(line[len("ACK crash-gui-"):])
        return cmd, None, acknowledge

    KINDS = ["visit_plan", "visit_complete", "order_add", "payment_add", "import_orders", "import_customers",
             "score", "handover", "backup", "gui_save"]

    # --- one round ----------------------------------------------------------------------------------------------

    def run_round(self, n, kind, kill):
        cmd, on_exit, on_output = getattr(self, "kind_" + kind)(n)
        env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
        started = time.monotonic()
        process = subprocess.Popen(cmd, stdout=subprocess.PIPE, stderr=subprocess.PIPE, env=env, text=True)
        if kill:
            usual = self.durations.get(kind, 1.0)
            delay = self.random.uniform(0.3, 1.3) * usual
            try:
                process.wait(timeout=delay)
            except subprocess.TimeoutExpired:
                process.send_signal(signal.SIGKILL)
        out, err = process.communicate()
        elapsed = time.monotonic() - started
        ok = process.returncode == 0
        if on_output is not None:
            on_output(ok, out)
            ok = any(line.startswith("ACK") for line in out.splitlines())
        elif on_exit is not None:
            on_exit(ok)
        if not kill:
            if process.returncode != 0:
                raise SystemExit(f"{kind} failed without a kill: {err.strip()}")
            self.durations[kind] = elapsed
            self.unkilled[kind] = self.unkilled.get(kind, 0) + 1
        elif process.returncode not in (0, -signal.SIGKILL):
            self.fail(n, kind, f"exit {process.returncode} before the kill: {err.strip()[:300]}")
        self.rounds[kind] = self.rounds.get(kind, 0) + 1
        self.acked[kind] = self.acked.get(kind, 0) + (1 if ok else 0)

    def gui_warm_up(self):
        # The GUI writer never exits by itself: its usual duration is the time to its first acknowledged save.
        if not self.args.gui_writer:
            return
        cmd, _, on_output = self.kind_gui_save(0)
        process = subprocess.Popen(cmd, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
                                   env=dict(os.environ, QT_QPA_PLATFORM="offscreen"))
        started = time.monotonic()
        line = process.stdout.readline()
        self.durations["gui_save"] = (time.monotonic() - started) * 1.5
        process.send_signal(signal.SIGKILL)
        out, _ = process.communicate()
        on_output(True, line + out)
        if not line.startswith("ACK"):
            raise SystemExit("the GUI writer acknowledged nothing")

    # --- the checks -----------------------------------------------------------------------------------------------

    def check(self, n, kind):
        with self.db() as c:
            quick = c.execute("PRAGMA quick_check").fetchone()[0]
            if quick != "ok":
                self.fail(n, kind, f"quick_check: {quick}")
                return
            purposes = {r[0] for r in c.execute("SELECT purpose FROM visits WHERE purpose LIKE 'crash-plan-%'")}
            if not self.visits_planned <= purposes:
                self.fail(n, kind, f"acknowledged visits lost: {sorted(self.visits_planned - purposes)[:5]}")
            done = {r[0]: r[1] for r in c.execute(
                "SELECT v.result, (SELECT count(*) FROM interactions i WHERE i.customer_id = v.customer_id AND "
                "i.channel = 'visit' AND i.summary LIKE '%' || v.result || '%') FROM visits v "
                "WHERE v.status = 'done' AND v.result LIKE 'crash-done-%'")}
            if not self.visits_done <= set(done):
                self.fail(n, kind, f"acknowledged visit results lost: {sorted(self.visits_done - set(done))[:5]}")
            if any(count == 0 for count in done.values()):
                self.fail(n, kind, "a completed visit without its interaction")
            orders = {r[0]: r[1] for r in c.execute(
                "SELECT o.notes, (SELECT count(*) FROM receivables r WHERE r.order_id = o.id) FROM orders o "
                "WHERE o.notes LIKE 'crash-order-%'")}
            if not self.orders <= set(orders):
                self.fail(n, kind, f"acknowledged orders lost: {sorted(self.orders - set(orders))[:5]}")
            if any(count != 1 for count in orders.values()):
                self.fail(n, kind, "an order without its invoice")
            for prefix, count in c.execute("SELECT substr(c.code, 1, 7), count(o.id) FROM customers c "
                                           "LEFT JOIN orders o ON o.customer_id = c.id WHERE c.code LIKE 'KX%' "
                                           "GROUP BY 1"):
                if count != self.args.import_rows:
                    self.fail(n, kind, f"order import {prefix} half there: {count} of {self.args.import_rows}")
            imported = {r[0] for r in c.execute("SELECT DISTINCT substr(c.code, 1, 7) FROM customers c "
                                                "WHERE c.code LIKE 'KX%'")}
            if not self.imports <= imported:
                self.fail(n, kind, f"acknowledged order imports lost: {sorted(self.imports - imported)[:5]}")
            batches = {r[0]: r[1] for r in c.execute(
                "SELECT substr(name, 1, 10), count(*) FROM customers WHERE name LIKE '导入客户%' GROUP BY 1")}
            for prefix, count in batches.items():
                if count != self.args.import_rows // 4:
                    self.fail(n, kind, f"customer import {prefix} half there: {count}")
            if not self.customer_imports <= set(batches):
                self.fail(n, kind, "acknowledged customer imports lost")
            for receivable, acked in self.payments.items():
                paid, payments, total = c.execute(
                    "SELECT r.paid_amount, count(p.id), total(p.amount) FROM receivables r LEFT JOIN payments p "
                    "ON p.receivable_id = r.id WHERE r.id = ?", (receivable,)).fetchone()
                if abs(paid - total) > 0.005:
                    self.fail(n, kind, f"receivable {receivable}: paid {paid} but payments sum to {total}")
                if payments < acked:
                    self.fail(n, kind, f"receivable {receivable}: {acked} payments acknowledged, {payments} kept")
            runs = c.execute("SELECT count(*), max(id) FROM score_runs").fetchone()
            if runs[0] < self.score_runs:
                self.fail(n, kind, f"{self.score_runs} scoring runs acknowledged, {runs[0]} kept")
            if runs[0]:
                stale = c.execute("SELECT count(*) FROM scores WHERE run_id <> ?", (runs[1],)).fetchone()[0]
                if stale:
                    self.fail(n, kind, f"{stale} scores not of the latest run: a run half-stored")
            owners = {r[0] for r in c.execute(
                f"SELECT owner_id FROM customers WHERE id IN ({','.join('?' * len(self.handed))})", self.handed)}
            if len(owners) != 1:
                self.fail(n, kind, f"a handover half done: owners {owners}")
            elif owners != {self.handover_owner} and self.handover_owner is not None:
                # Not acknowledged but done (killed after COMMIT, before the exit): take the file's word.
                self.handover_owner = owners.pop()
            if self.gui_acks:
                industry = c.execute("SELECT industry FROM customers WHERE id = ?",
                                     (self.gui_customer,)).fetchone()[0]
                last = self.gui_acks[-1]
                following = f"crash-gui-{int(last.rsplit('-', 1)[1]) + 1}"
                if industry not in (last, following):
                    self.fail(n, kind, f"the card's last acknowledged save {last} lost: the card says {industry}")
        backups = os.path.join(self.work, "backups")
        named = [f for f in os.listdir(backups) if f.endswith(".db")] if os.path.isdir(backups) else []
        if len(named) < min(self.backups, 1):
            self.fail(n, kind, "acknowledged backups lost")
        for name in named:
            with sqlite3.connect(f"file:{os.path.join(backups, name)}?mode=ro", uri=True) as b:
                if b.execute("PRAGMA quick_check").fetchone()[0] != "ok":
                    self.fail(n, kind, f"backup {name} carries its final name but is damaged")

    def product_check(self, n):
        result = subprocess.run(self.cli("admin", self.admin_pw, "check"), capture_output=True, text=True)
        if result.returncode != 0:
            self.fail(n, "check", f"carddesk-cli check: {result.stderr.strip()[:300]}")

    # --- the loop -------------------------------------------------------------------------------------------------

    def run(self):
        self.set_up()
        # One clean run of each kind: its usual duration, and the proof that it works at all.
        for kind in self.KINDS:
            if kind == "gui_save":
                self.gui_warm_up()
            else:
                self.run_round(0, kind, kill=False)
        self.check(0, "warm-up")
        self.rounds, self.acked, self.unkilled = {}, {}, {}
        started = time.monotonic()
        for n in range(1, self.args.rounds + 1):
            kind = self.KINDS[(n - 1) % len(self.KINDS)]
            # Every tenth round of a kind runs to its end: its duration under the machine's load now sets where
            # the next kills land (the GUI writer never ends, its duration stays the warm-up's).
            measure = ((n - 1) // len(self.KINDS)) % 10 == 9 and kind != "gui_save"
            self.run_round(n, kind, kill=not measure)
            self.check(n, kind)
            if n % 50 == 0:
                self.product_check(n)
                print(f"{n} rounds, {len(self.failures)} failures, {time.monotonic() - started:.0f} s", flush=True)
        self.product_check(self.args.rounds)
        print(f"\n{self.args.rounds} kill -9 rounds in {time.monotonic() - started:.0f} s, office {self.office}")
        print(f"{'kind':18} {'rounds':>7} {'killed':>7} {'acknowledged':>13} {'usual s':>8}")
        for kind in self.KINDS:
            rounds = self.rounds.get(kind, 0)
            print(f"{kind:18} {rounds:7} {rounds - self.unkilled.get(kind, 0):7} {self.acked.get(kind, 0):13} "
                  f"{self.durations.get(kind, 0):8.2f}")
        print(f"failures: {len(self.failures)}")
        for failure in self.failures[:20]:
            print("  " + failure)
        return 1 if self.failures else 0


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--rounds", type=int, default=1000)
    parser.add_argument("--customers", type=int, default=300)
    parser.add_argument("--import-rows", type=int, default=200)
    parser.add_argument("--seed", type=int, default=20261207)
    parser.add_argument("--cli", default="build/src/cli/carddesk-cli")
    parser.add_argument("--gui-writer", default="build/bench/crash_gui_writer")
    parser.add_argument("--work", default=None, help="folder for the office (default: the system's temp folder)")
    args = parser.parse_args()
    if args.gui_writer and not os.path.exists(args.gui_writer):
        print(f"no {args.gui_writer}: the GUI save is left out", file=sys.stderr)
        args.gui_writer = None
    return CrashLoop(args).run()


if __name__ == "__main__":
    sys.exit(main())
