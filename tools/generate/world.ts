// A simulated Chongqing over thirty years: standing committees meet, appoint people to vacant
// seats, move them between organs, remove them, accept resignations and name acting heads.
// Each meeting yields the clauses of one list (and separate 接受辞职 decisions), with the truth.
import { chineseDate, chineseNumber, cityTerm, type Day, districtTerm, FIRST_YEAR, isoDate, LAST_YEAR } from "./calendar";
import { randomName } from "./names";
import { allOrgans, DISTRICTS, type Issuer, issuerName, type Organ, organNameAt, placeTitle, type Role } from "./organs";
import { Random, WeightedTable } from "./random";

export type ActionName = "任命" | "决定任命" | "批准任命" | "免去" | "决定免去" | "批准免去" | "接受辞职" | "批准辞职" | "决定代理";

export interface Person {
  id: number;
  name: string;
  /** The organ of the last seat left, and when (for people between posts). */
  lastOrgan?: Organ;
  leftOn?: string;
}

/** One printed clause: persons × posts of one organ, under one section of a list. */
export interface Clause {
  action: ActionName;
  persons: Person[];
  organ: Organ;
  /** The organ's name as printed on the day (former name, with or without 重庆市). */
  orgName: string;
  posts: string[];
}

export interface TruthEntry {
  person: string;
  /** Which simulated person this is (names collide; ids do not). */
  personId: number;
  action: ActionName;
  org: string;
  org_alias?: string;
  post: string;
}

export interface Meeting {
  issuer: Issuer;
  issuerName: string;
  day: Day;
  date: string;
  dateText: string;
  term: number;
  meetingNumber: number;
  /** Full meeting name, e.g. 重庆市第六届人民代表大会常务委员会第十二次会议. */
  meeting: string;
  /** Numbers given to this meeting's announcements, in order. */
  numbers: string[];
  /** The list's clauses. */
  clauses: Clause[];
  /** 接受辞职 decisions, each a separate announcement. */
  resignations: Clause[];
  entryCount: number;
}

interface Seat {
  organ: Organ;
  role: Role;
  holders: number[];
}

/** A set of ids that can also draw a random member in O(1). */
class IdPool {
  readonly ids: number[] = [];
  private readonly at = new Map<number, number>();
  get size() {
    return this.ids.length;
  }
  has(id: number) {
    return this.at.has(id);
  }
  add(id: number) {
    if (this.at.has(id)) return;
    this.at.set(id, this.ids.length);
    this.ids.push(id);
  }
  delete(id: number) {
    const i = this.at.get(id);
    if (i === undefined) return;
    const last = this.ids.pop()!;
    this.at.delete(id);
    if (last !== id) {
      this.ids[i] = last;
      this.at.set(last, i);
    }
  }
  draw(random: Random): number {
    return this.ids[random.int(0, this.ids.length - 1)];
  }
}

interface Slot {
  issuer: Issuer;
  day: Day;
}

export function entriesOf(clause: Clause): TruthEntry[] {
  const out: TruthEntry[] = [];
  for (const p of clause.persons) {
    for (const post of clause.posts) {
      const e: TruthEntry = { person: p.name, personId: p.id, action: clause.action, org: clause.orgName, post };
      if (clause.organ.alias) e.org_alias = clause.organ.alias;
      out.push(e);
    }
  }
  return out;
}

const SINGLE_POST_FALLBACK = new Set(["审判员", "检察员", "委员"]);

/** People between posts come back within a dozen years or not at all. */
const RETURN_YEARS = 12;
/** Share of people leaving a seat who retire (never appointed again). */
const RETIRE = 0.25;

/**
 * Where someone who leaves a seat (and does not retire) is appointed next: careers mostly stay in
 * one system (judges in courts, procurators in procuratorates): the same organ again, the organ
 * above or below, another organ of the same kind; a few cross to another kind (a procurator
 * becomes a judge, a 副区长 joins a congress committee).
 */
const NEXT_ORGAN = { same: 0.3, aboveOrBelow: 0.3, sameKind: 0.3 } as const;

export class World {
  private readonly random: Random;
  private readonly seatsByIssuer = new Map<Issuer, Seat[]>();
  private readonly seatTables = new Map<Issuer, WeightedTable<Seat>>();
  private readonly seatOf = new Map<number, Seat>(); // person id → the seat they hold
  private readonly holdersByIssuer = new Map<Issuer, IdPool>();
  private readonly people: Person[] = [];
  /** People who left a seat and will be appointed again, by the organ they go to next. */
  private readonly returning = new Map<Organ, IdPool>();
  private readonly organs: Organ[] = allOrgans();
  private readonly counters = new Map<string, number>();

  constructor(seed: number) {
    this.random = new Random(seed);
    for (const organ of this.organs) {
      for (const role of organ.roles) {
        const seat: Seat = { organ, role, holders: [] };
        const list = this.seatsByIssuer.get(organ.issuer) ?? [];
        list.push(seat);
        this.seatsByIssuer.set(organ.issuer, list);
      }
    }
    for (const [issuer, seats] of this.seatsByIssuer) {
      // Heads change less often than judges: weight by seats, acting heads a little more than their one seat.
      this.seatTables.set(
        issuer,
        new WeightedTable(
          seats,
          seats.map((s) => (s.role.appoint === "决定代理" ? 0.6 : s.role.seats)),
        ),
      );
      this.holdersByIssuer.set(issuer, new IdPool());
    }
  }

  /** All meeting slots over thirty years: the municipal committee and each district meet about every two months. */
  static slots(): Slot[] {
    const slots: Slot[] = [];
    const issuers: Issuer[] = ["city", ...DISTRICTS];
    for (let year = FIRST_YEAR; year <= LAST_YEAR; year++) {
      for (let m = 1; m <= 12; m += 2) {
        if (year === FIRST_YEAR && m < 7) continue; // the municipality was founded in 1997
        issuers.forEach((issuer, i) => {
          const month = m + (issuer === "city" ? 0 : i % 2);
          const day = 1 + ((i * 7 + year + m) % 28);
          slots.push({ issuer, day: { year, month, day } });
        });
      }
    }
    return slots.sort((a, b) => isoDate(a.day).localeCompare(isoDate(b.day)));
  }

  private person(id: number): Person {
    return this.people[id];
  }

  private newPerson(avoid: Set<string>, place?: string): Person {
    let name = randomName(this.random, place);
    while (avoid.has(name)) name = randomName(this.random, place);
    const p = { id: this.people.length, name };
    this.people.push(p);
    return p;
  }

  private next(key: string): number {
    const n = (this.counters.get(key) ?? 0) + 1;
    this.counters.set(key, n);
    return n;
  }

  private vacate(personId: number, date: string, moving = false): Seat | undefined {
    const seat = this.seatOf.get(personId);
    if (!seat) return undefined;
    seat.holders.splice(seat.holders.indexOf(personId), 1);
    this.seatOf.delete(personId);
    this.holdersByIssuer.get(seat.organ.issuer)!.delete(personId);
    const p = this.person(personId);
    p.lastOrgan = seat.organ;
    p.leftOn = date;
    if (moving || this.random.chance(RETIRE)) return seat;
    const next = this.nextOrgan(seat.organ);
    const pool = this.returning.get(next) ?? new IdPool();
    this.returning.set(next, pool);
    pool.add(personId);
    // An organ waits for a few hundred people at most: beyond, one of them retires.
    if (pool.size > 300) pool.delete(pool.draw(this.random));
    return seat;
  }

  private nextOrgan(from: Organ): Organ {
    const r = this.random.next();
    if (r < NEXT_ORGAN.same) return from;
    if (r < NEXT_ORGAN.same + NEXT_ORGAN.aboveOrBelow) {
      const near = this.organs.filter((o) => o.parent === from.name || o.name === from.parent);
      return near.length ? this.random.pick(near) : from;
    }
    if (r < NEXT_ORGAN.same + NEXT_ORGAN.aboveOrBelow + NEXT_ORGAN.sameKind) {
      return this.random.pick(this.organs.filter((o) => o.kind === from.kind));
    }
    return this.random.pick(this.organs);
  }

  private occupy(personId: number, seat: Seat) {
    seat.holders.push(personId);
    this.seatOf.set(personId, seat);
    this.holdersByIssuer.get(seat.organ.issuer)!.add(personId);
  }

  /** Simulates one meeting of `issuer` on `day`, producing about `target` entries (never more than `budget`). */
  meet(issuer: Issuer, day: Day, target: number, budget: number): Meeting {
    const random = this.random;
    const term = issuer === "city" ? cityTerm(day.year) : districtTerm(day.year);
    const meetingNumber = this.next(`${issuer}:${term}:meeting`);
    const place = issuer === "city" ? "重庆市" : `重庆市${issuer}`;
    const meeting = `${place}第${chineseNumber(term)}届人民代表大会常务委员会第${chineseNumber(meetingNumber)}次会议`;
    const clauses: Clause[] = [];
    const resignations: Clause[] = [];
    const names = new Set<string>(); // one name printed for one person per meeting
    const touched = new Set<number>(); // people already in a clause of this meeting
    let entries = 0;
    const limit = Math.min(target, budget);
    const seats = this.seatsByIssuer.get(issuer)!;
    const table = this.seatTables.get(issuer)!;
    const holders = this.holdersByIssuer.get(issuer)!;

    const date = isoDate(day);
    // District lists often print their own organs without 重庆市 (one habit per list).
    const short = issuer !== "city" ? random.chance(0.5) : random.chance(0.15);
    const clause = (action: ActionName, p: Person, organ: Organ, posts: string[]): Clause => ({
      action,
      persons: [p],
      organ,
      orgName: organNameAt(organ, date, short),
      posts: organ.place ? posts.map((t) => placeTitle(organ.place!, t, date)) : posts,
    });
    const add = (c: Clause, asDecision = false) => {
      for (const p of c.persons) {
        names.add(p.name);
        touched.add(p.id);
      }
      (asDecision ? resignations : clauses).push(c);
      entries += c.posts.length * c.persons.length;
    };
    const removeHolder = (personId: number, allowResign: boolean) => {
      const seat = this.seatOf.get(personId)!;
      const p = this.person(personId);
      const role = seat.role;
      if (allowResign && role.resign && random.chance(0.4)) {
        add(clause(role.resign, p, seat.organ, role.posts), role.resign === "接受辞职");
      } else if (role.remove !== "none") {
        add(clause(role.remove, p, seat.organ, role.posts));
      } else if (role.resign) {
        add(clause(role.resign, p, seat.organ, role.posts), role.resign === "接受辞职");
      }
      this.vacate(personId, date, !allowResign);
    };
    const choosePerson = (organ: Organ): Person => {
      const r = random.next();
      const pool = this.returning.get(organ);
      if (r < 0.3 && pool?.size) {
        // Someone between posts who comes to this organ (see NEXT_ORGAN), months or years after leaving.
        for (let tries = 0; tries < 5 && pool.size; tries++) {
          const p = this.person(pool.draw(random));
          if (p.leftOn && Number(date.slice(0, 4)) - Number(p.leftOn.slice(0, 4)) > RETURN_YEARS) {
            pool.delete(p.id); // too long away: retired
            continue;
          }
          if (this.seatOf.has(p.id) || names.has(p.name) || touched.has(p.id)) continue;
          pool.delete(p.id);
          return p;
        }
      } else if (r < 0.4 && holders.size) {
        // A move: someone holding a seat of this committee leaves it for the new one.
        const id = holders.draw(random);
        const p = this.person(id);
        if (!names.has(p.name) && !touched.has(id) && entries + this.seatOf.get(id)!.role.posts.length < limit) {
          removeHolder(id, false);
          return p;
        }
      }
      return this.newPerson(names, organ.place);
    };

    let guard = 0;
    while (entries < limit && guard++ < limit * 20) {
      const left = limit - entries;
      const r = random.next();
      if (r < 0.28 && holders.size) {
        const id = holders.draw(random);
        if (touched.has(id) || names.has(this.person(id).name)) continue;
        const seat = this.seatOf.get(id)!;
        if (seat.role.posts.length > left) continue;
        removeHolder(id, true);
        continue;
      }
      let seat = table.draw(random);
      if (seat.role.posts.length > left) {
        const small = seats.filter((s) => s.role.posts.length === 1 && SINGLE_POST_FALLBACK.has(s.role.posts[0]));
        if (!small.length) break;
        seat = random.pick(small);
      }
      if (seat.holders.length >= seat.role.seats) {
        const id = seat.holders[random.int(0, seat.holders.length - 1)];
        if (touched.has(id) || names.has(this.person(id).name) || entries + seat.role.posts.length * 2 > limit) {
          if (!SINGLE_POST_FALLBACK.has(seat.role.posts[0]) || seat.role.posts.length > left) continue;
          // Benches may run over strength for a while; it keeps the total exact at the end of a run.
        } else {
          removeHolder(id, true);
        }
      }
      const person = choosePerson(seat.organ);
      const left2 = limit - entries;
      if (seat.role.posts.length > left2) continue;
      add(clause(seat.role.appoint, person, seat.organ, seat.role.posts));
      this.occupy(person.id, seat);
    }

    const numbers: string[] = [];
    const count = 1 + resignations.length;
    for (let i = 0; i < count; i++) {
      const n = this.next(`${issuer}:${term}:number`);
      numbers.push(issuer === "city" ? `[${chineseNumber(term)}届]第${n}号` : `第${n}号`);
    }
    return {
      issuer,
      issuerName: issuerName(issuer, isoDate(day)),
      day,
      date: isoDate(day),
      dateText: chineseDate(day),
      term,
      meetingNumber,
      meeting,
      numbers,
      clauses,
      resignations,
      entryCount: entries,
    };
  }
}
