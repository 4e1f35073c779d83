#!/usr/bin/env python3
"""Writes eval/dev/gold/*.json from the hand annotations below (compact form, same JSON as
/work/shared/eval/gold). Checks every alias and locator against the article text, so a typo fails loudly.
Run from the repository root: python3 eval/dev/tools/make_gold.py"""
import json, sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
P, S, O, M, U = "person", "state", "organization", "media", "military_unit"
GOLD = {}


def article(stem, actors, relations):
    GOLD[stem] = (actors, relations)


def A(id, name, kind, *aliases):
    return {"id": id, "name": name, "kind": kind, "aliases": list(aliases)}


def R(a, b, type, directed, polarity, modality, locator):
    return {"pair": [a, b], "type": type, "directed": directed, "polarity": polarity,
            "modality": modality, "locator": locator}


C, X, N = "cooperative", "conflictual", "neutral"
AS, RE, SP, NE = "asserted", "reported", "speculative", "negated"

# ───────────── 101: wire report, "according to KCNA", passive greeting, NIS via lawmaker ─────────────
article("101_belousov_pyongyang_wire", [
    A("yonhap", "Yonhap", M),
    A("andrei-belousov", "Andrei Belousov", P, "Russian Defense Minister Andrey Belousov", "Andrey Belousov", "Belousov", "The Russian minister"),
    A("kim-jong-un", "Kim Jong-un", P, "North Korean leader Kim Jong Un", "Kim Jong Un", "Kim"),
    A("north-korea", "North Korea", S, "North Korean", "DPRK", "the North", "North Korean soldiers", "North Korean troops", "Pyongyang", "North Korean military delegation"),
    A("kcna", "Korean Central News Agency", M, "KCNA"),
    A("no-kwang-chol", "No Kwang-chol", P, "Defence Minister No Kwang Chol", "No Kwang Chol"),
    A("russia", "Russia", S, "Russian Federation", "Russian", "Moscow", "Kremlin", "Russia's"),
    A("ukraine", "Ukraine", S, "Ukrainian", "Ukrainian forces"),
    A("vladimir-putin", "Vladimir Putin", P, "President Vladimir Putin"),
    A("sergei-shoigu", "Sergei Shoigu", P),
    A("russian-security-council", "Security Council of Russia", O, "Russia's Security Council"),
    A("south-korea", "South Korea", S, "South Korea's"),
    A("national-intelligence-service", "National Intelligence Service", O, "NIS", "spy agency"),
    A("park-sun-won", "Park Sun-won", P, "Lawmaker Park Sun-won"),
    A("dmitry-peskov", "Dmitry Peskov", P, "Kremlin spokesman Dmitry Peskov"),
], [
    R("andrei-belousov", "kim-jong-un", "meet", False, C, RE, "SEOUL, Nov. 30 (Yonhap) --"),
    R("kcna", "kim-jong-un", "report", True, N, AS, "SEOUL, Nov. 30 (Yonhap) --"),
    R("kcna", "andrei-belousov", "report", True, N, AS, "SEOUL, Nov. 30 (Yonhap) --"),
    R("no-kwang-chol", "andrei-belousov", "host", True, C, RE, "Belousov arrived in the North"),
    R("andrei-belousov", "north-korea", "visit", True, C, AS, "It was Belousov's first trip"),
    R("kim-jong-un", "russia", "support", True, C, RE, "During the talks, Kim said"),
    R("kim-jong-un", "ukraine", "criticize", True, X, AS, "He also condemned what he"),
    R("vladimir-putin", "kim-jong-un", "statement", True, C, RE, "The Russian minister conveyed warm"),
    R("sergei-shoigu", "north-korea", "visit", True, C, AS, "His predecessor Sergei Shoigu, now"),
    R("sergei-shoigu", "kim-jong-un", "talk", False, C, AS, "His predecessor Sergei Shoigu, now"),
    R("national-intelligence-service", "north-korea", "statement", True, N, AS, "North Korea's state media did"),
    R("north-korea", "russia", "deploy", True, C, RE, "North Korea's state media did"),
    R("north-korea", "ukraine", "fight", True, X, RE, "North Korea's state media did"),
    R("park-sun-won", "national-intelligence-service", "statement", True, N, AS, "Lawmaker Park Sun-won, who briefed"),
    R("national-intelligence-service", "russia", "statement", True, N, RE, "Lawmaker Park Sun-won, who briefed"),
    R("dmitry-peskov", "north-korea", "statement", True, N, AS, "Kremlin spokesman Dmitry Peskov told"),
])

# ───────────── 102: HUR report, invented brigade/analyst/think tank, negation, widgets ─────────────
article("102_kursk_hur_brigade", [
    A("north-korea", "North Korea", S, "North Korean", "North Korean soldiers", "North Korean servicemen", "North Korean units", "Pyongyang", "North Korean contingent", "North Korean troops"),
    A("russia", "Russia", S, "Russian", "Russian troops", "Russian commanders", "Moscow", "Russian instructors"),
    A("hur", "Defence Intelligence of Ukraine", O, "HUR"),
    A("ukraine", "Ukraine", S, "Ukraine's", "Ukrainian", "Ukrainian positions", "Ukrainian unit"),
    A("andrii-yusov", "Andrii Yusov", P, "HUR spokesman Andriy Yusov", "Andriy Yusov"),
    A("volodymyr-zelenskyy", "Volodymyr Zelenskyy", P, "President Volodymyr Zelenskiy", "Volodymyr Zelenskiy", "Zelenskiy"),
    A("vladimir-putin", "Vladimir Putin", P, "Putin"),
    A("219th-separate-rifle-brigade", "219th Separate Rifle Brigade", U),
    A("ostap-hrytsenko", "Ostap Hrytsenko", P, "Colonel Ostap Hrytsenko", "Hrytsenko"),
    A("kyiv-independent", "Kyiv Independent", M),
    A("sbu", "Security Service of Ukraine", O, "SBU"),
    A("kyrylo-budanov", "Kyrylo Budanov", P, "Budanov"),
    A("storm-corps", "Storm Corps", U, "11th Corps"),
    A("korean-peoples-army", "Korean People's Army", U),
    A("russian-ministry-of-defence", "Russian Ministry of Defence", O, "Russian Defence Ministry"),
    A("kim-jong-un", "Kim Jong-un", P),
    A("marta-kovalchuk", "Marta Kovalchuk", P),
    A("centre-for-eastern-security-analysis", "Centre for Eastern Security Analysis", O),
], [
    R("north-korea", "ukraine", "attack", True, X, RE, "In a statement on Telegram,"),
    R("north-korea", "russia", "deploy", True, C, RE, "President Volodymyr Zelenskiy said in"),
    R("hur", "north-korea", "statement", True, N, AS, "Kyiv — North Korean soldiers fighting"),
    R("andrii-yusov", "north-korea", "statement", True, N, AS, "In a statement on Telegram,"),
    R("volodymyr-zelenskyy", "north-korea", "statement", True, N, AS, "President Volodymyr Zelenskiy said in"),
    R("volodymyr-zelenskyy", "vladimir-putin", "criticize", True, X, AS, "President Volodymyr Zelenskiy said in"),
    R("219th-separate-rifle-brigade", "north-korea", "fight", True, X, RE, "Its commander, Colonel Ostap Hrytsenko,"),
    R("ostap-hrytsenko", "north-korea", "statement", True, N, AS, "Its commander, Colonel Ostap Hrytsenko,"),
    R("ostap-hrytsenko", "kyiv-independent", "talk", False, N, AS, "They did not speak Russian"),
    R("kyrylo-budanov", "north-korea", "statement", True, N, AS, "The head of HUR, Kyrylo"),
    R("kyrylo-budanov", "storm-corps", "statement", True, N, AS, "The head of HUR, Kyrylo"),
    R("kyrylo-budanov", "russia", "statement", True, N, AS, "The head of HUR, Kyrylo"),
    R("russia", "storm-corps", "support", True, C, RE, "The head of HUR, Kyrylo"),
    R("marta-kovalchuk", "kim-jong-un", "statement", True, N, AS, "Analysts say the losses are"),
])

# ───────────── 103: nominal relations ("Lavrov's talks with Choe"), speculation, negation ─────────────
article("103_lavrov_choe_wonsan", [
    A("sergei-lavrov", "Sergei Lavrov", P, "Russian Foreign Minister Sergei Lavrov", "Lavrov"),
    A("north-korea", "North Korea", S, "Pyongyang", "North Korean soldiers", "DPRK"),
    A("choe-son-hui", "Choe Son-hui", P, "Choe Son Hui", "Choe"),
    A("ukraine", "Ukraine", S, "Ukrainian forces", "Ukrainian"),
    A("russian-foreign-ministry", "Russian Foreign Ministry", O),
    A("kim-jong-un", "Kim Jong-un", P, "Kim Jong Un", "Kim"),
    A("russia", "Russia", S, "Russian", "Russian leadership", "Moscow", "the Kremlin"),
    A("tass", "TASS", M),
    A("vladimir-putin", "Vladimir Putin", P, "President Vladimir Putin", "Putin"),
    A("dmitry-peskov", "Dmitry Peskov", P, "Kremlin spokesman Dmitry Peskov"),
    A("south-korea", "South Korea", S, "South Korea's", "Seoul"),
    A("ministry-of-unification", "Ministry of Unification", O),
    A("un-security-council", "UN Security Council", O),
    A("hong-min", "Hong Min", P, "Hong"),
    A("korea-institute-for-national-unification", "Korea Institute for National Unification", O),
    A("maria-zakharova", "Maria Zakharova", P, "Russian Foreign Ministry spokeswoman Maria Zakharova"),
    A("united-states", "United States", S, "Washington"),
], [
    R("sergei-lavrov", "north-korea", "visit", True, C, AS, "Russian Foreign Minister Sergei Lavrov"),
    R("sergei-lavrov", "choe-son-hui", "talk", False, C, AS, "Russian Foreign Minister Sergei Lavrov"),
    R("russian-foreign-ministry", "sergei-lavrov", "statement", True, N, AS, "Lavrov's talks with Choe focused"),
    R("russian-foreign-ministry", "choe-son-hui", "statement", True, N, AS, "Lavrov's talks with Choe focused"),
    R("kim-jong-un", "sergei-lavrov", "host", True, C, AS, "Lavrov's talks with Choe focused"),
    R("kim-jong-un", "russia", "host", True, C, AS, "Lavrov's talks with Choe focused"),
    R("tass", "sergei-lavrov", "report", True, N, AS, "According to TASS, Lavrov thanked"),
    R("tass", "north-korea", "report", True, N, AS, "According to TASS, Lavrov thanked"),
    R("north-korea", "ukraine", "fight", True, X, RE, "According to TASS, Lavrov thanked"),
    R("choe-son-hui", "russia", "visit", True, C, AS, "The meeting between the two"),
    R("north-korea", "russia", "support", True, C, RE, "According to TASS, Lavrov thanked"),
    R("vladimir-putin", "choe-son-hui", "host", True, C, AS, "The meeting between the two"),
    R("vladimir-putin", "kim-jong-un", "meet", False, C, AS, "Kim has not visited Russia"),
    R("sergei-lavrov", "vladimir-putin", "statement", True, N, AS, "Much of the speculation in"),
    R("south-korea", "russia", "criticize", True, X, RE, "South Korea's Ministry of Unification"),
    R("south-korea", "north-korea", "criticize", True, X, RE, "South Korea's Ministry of Unification"),
    R("hong-min", "choe-son-hui", "statement", True, N, AS, "Hong Min, a senior researcher"),
    R("kim-jong-un", "choe-son-hui", "other", True, C, RE, "Hong Min, a senior researcher"),
    R("maria-zakharova", "united-states", "criticize", True, X, AS, "Russian Foreign Ministry spokeswoman Maria"),
])

# ───────────── 104: Q&A interview, invented analyst/outlet/institute, modal verbs ─────────────
article("104_interview_nordic_analyst", [
    A("frontline-dispatch", "The Frontline Dispatch", M, "Frontline Dispatch"),
    A("ingrid-halvorsen", "Ingrid Halvorsen", P, "Dr. Ingrid Halvorsen", "Dr. Halvorsen"),
    A("nordic-institute-for-korean-security-studies", "Nordic Institute for Korean Security Studies", O, "Our institute"),
    A("north-korea", "North Korea", S, "North Korea's", "Pyongyang", "North Korean", "the North"),
    A("russia", "Russia", S, "Moscow", "Russian"),
    A("kim-jong-un", "Kim Jong-un", P, "Kim Jong Un", "Kim"),
    A("vladimir-putin", "Vladimir Putin", P),
    A("ukraine", "Ukraine", S, "Ukrainian", "Kyiv"),
    A("un-panel-of-experts", "UN Panel of Experts", O, "that panel"),
    A("un-security-council", "UN Security Council", O, "Security Council"),
    A("china", "China", S, "Beijing", "Chinese"),
    A("xi-jinping", "Xi Jinping", P),
    A("united-states", "United States", S, "Washington"),
    A("south-korea", "South Korea", S, "Seoul"),
    A("lee-jae-myung", "Lee Jae-myung", P, "President Lee Jae-myung"),
    A("storm-corps", "Storm Corps", U),
], [
    R("frontline-dispatch", "ingrid-halvorsen", "talk", False, N, AS, "The Frontline Dispatch spoke with"),
    R("north-korea", "russia", "supply", True, C, AS, "A: It is the closest"),
    R("kim-jong-un", "vladimir-putin", "sign", False, C, AS, "A: It is the closest"),
    R("nordic-institute-for-korean-security-studies", "russia", "statement", True, N, AS, "A: We have no hard"),
    R("north-korea", "ukraine", "attack", True, X, RE, "Q: Ukraine says North Korean"),
    R("russia", "un-panel-of-experts", "other", True, X, AS, "A: Ukrainian investigators have shown"),
    R("xi-jinping", "north-korea", "support", True, C, NE, "A: Beijing is uneasy. Xi"),
    R("china", "north-korea", "other", True, N, AS, "A: Beijing is uneasy. Xi"),
    R("china", "united-states", "fight", True, X, NE, "A: Beijing is uneasy. Xi"),
    R("lee-jae-myung", "north-korea", "other", True, C, AS, "A: Seoul is in a"),
    R("south-korea", "russia", "threaten", True, X, AS, "A: Seoul is in a"),
    R("south-korea", "ukraine", "supply", True, C, SP, "A: Seoul is in a"),
    R("kim-jong-un", "russia", "visit", True, C, SP, "A: A Kim visit to"),
])

# ───────────── 105: passive ("was summoned by"), negations, discovered names ─────────────
article("105_seoul_summons_envoy", [
    A("south-korea", "South Korea", S, "South Korea's", "Seoul", "South Korean"),
    A("south-korea-foreign-ministry", "Ministry of Foreign Affairs of South Korea", O, "South Korea's Foreign Ministry", "the ministry"),
    A("russia", "Russia", S, "Russian", "Moscow"),
    A("georgy-zinoviev", "Georgy Zinoviev", P, "Russian Ambassador Georgy Zinoviev", "Zinoviev", "The ambassador"),
    A("north-korea", "North Korea", S, "North Korean", "North Korean troops", "North Korean soldiers", "Pyongyang", "the North"),
    A("kim-hong-kyun", "Kim Hong-kyun", P, "First Vice Foreign Minister Kim Hong-kyun"),
    A("yoon-suk-yeol", "Yoon Suk Yeol", P, "President Yoon Suk Yeol", "Yoon"),
    A("ukraine", "Ukraine", S, "Kyiv", "Ukrainian"),
    A("kim-yong-hyun", "Kim Yong-hyun", P, "Defense Minister Kim Yong-hyun"),
    A("democratic-party-of-korea", "Democratic Party of Korea", O, "Democratic Party"),
    A("lee-jae-myung", "Lee Jae-myung", P, "Opposition leader Lee Jae-myung"),
    A("south-korea-joint-chiefs-of-staff", "Joint Chiefs of Staff of South Korea", O, "Joint Chiefs of Staff", "JCS"),
    A("volodymyr-zelenskyy", "Volodymyr Zelenskyy", P, "Ukrainian President Volodymyr Zelensky", "Volodymyr Zelensky"),
    A("russian-foreign-ministry", "Russian Foreign Ministry", O),
    A("maria-zakharova", "Maria Zakharova", P, "Russian Foreign Ministry spokeswoman Maria Zakharova"),
    A("kim-ji-seon", "Kim Ji-seon", P),
    A("seoul-forum-for-strategic-affairs", "Seoul Forum for Strategic Affairs", O),
    A("united-states", "United States", S, "the United States"),
    A("poland", "Poland", S),
], [
    R("south-korea-foreign-ministry", "georgy-zinoviev", "other", True, X, AS, "South Korea's Foreign Ministry summoned"),
    R("south-korea-foreign-ministry", "north-korea", "criticize", True, X, AS, "South Korea's Foreign Ministry summoned"),
    R("north-korea", "russia", "deploy", True, C, AS, "South Korea's Foreign Ministry summoned"),
    R("kim-hong-kyun", "georgy-zinoviev", "other", True, X, AS, "Zinoviev was summoned by First"),
    R("kim-hong-kyun", "north-korea", "request", True, X, AS, "Zinoviev was summoned by First"),
    R("georgy-zinoviev", "north-korea", "statement", True, N, RE, "The ambassador, according to the"),
    R("yoon-suk-yeol", "ukraine", "supply", True, C, SP, "Yoon said South Korea \"will"),
    R("south-korea", "ukraine", "supply", True, C, AS, "Until now Seoul has not"),
    R("lee-jae-myung", "russia", "meet", False, C, NE, "Opposition leader Lee Jae-myung said"),
    R("lee-jae-myung", "south-korea-foreign-ministry", "attend", True, C, NE, "He did not attend the"),
    R("south-korea-joint-chiefs-of-staff", "north-korea", "statement", True, N, AS, "The Joint Chiefs of Staff"),
    R("volodymyr-zelenskyy", "yoon-suk-yeol", "talk", False, C, AS, "Ukrainian President Volodymyr Zelensky welcomed"),
    R("maria-zakharova", "south-korea", "threaten", True, X, AS, "Moscow reacted sharply. Russian Foreign"),
    R("russia", "south-korea", "threaten", True, X, RE, "Moscow reacted sharply. Russian Foreign"),
    R("united-states", "ukraine", "supply", True, C, SP, "Experts in Seoul are divided."),
    R("poland", "ukraine", "supply", True, C, SP, "Experts in Seoul are divided."),
])

# ───────────── 106: speculation ("is expected to", "may"), passive invitation, statements ─────────────
article("106_trump_envoys_kellogg", [
    A("united-states", "United States", S, "US", "the White House", "Washington", "the United States"),
    A("donald-trump", "Donald Trump", P, "US President Donald Trump", "Trump"),
    A("steve-witkoff", "Steve Witkoff", P, "Witkoff"),
    A("russia", "Russia", S, "Moscow", "Russian", "Russia's"),
    A("vladimir-putin", "Vladimir Putin", P, "Putin", "the Russian leader"),
    A("kirill-dmitriev", "Kirill Dmitriev", P),
    A("marco-rubio", "Marco Rubio", P, "Secretary of State Marco Rubio", "Rubio"),
    A("ukraine", "Ukraine", S, "Kyiv"),
    A("sergei-lavrov", "Sergei Lavrov", P, "Russian Foreign Minister Sergey Lavrov", "Sergey Lavrov"),
    A("us-state-department", "U.S. State Department", O, "State Department"),
    A("north-korea", "North Korea", S, "North Korean", "North Korea's", "Pyongyang"),
    A("kim-jong-un", "Kim Jong-un", P, "the North Korean leader"),
    A("south-korea", "South Korea", S),
    A("kcna", "Korean Central News Agency", M, "KCNA"),
    A("kim-yo-jong", "Kim Yo Jong", P),
    A("keith-kellogg", "Keith Kellogg", P, "Retired General Keith Kellogg", "Kellogg"),
    A("volodymyr-zelenskyy", "Volodymyr Zelenskyy", P, "President Volodymyr Zelenskyy"),
    A("china", "China", S, "Beijing", "Chinese"),
    A("chinese-foreign-ministry", "Chinese Foreign Ministry", O),
    A("daniel-okafor", "Daniel Okafor", P),
    A("atlantic-policy-workshop", "Atlantic Policy Workshop", O),
], [
    R("steve-witkoff", "russia", "visit", True, C, SP, "WASHINGTON – US President Donald"),
    R("steve-witkoff", "vladimir-putin", "meet", False, C, SP, "WASHINGTON – US President Donald"),
    R("kirill-dmitriev", "steve-witkoff", "invite", True, C, AS, "The trip, which the White"),
    R("marco-rubio", "russia", "threaten", True, X, AS, "Secretary of State Marco Rubio"),
    # also "lets Moscow wait Washington out" (reported) -> the pair's strongest evidence is reported
    R("united-states", "russia", "sanction", True, X, RE, "Secretary of State Marco Rubio"),
    R("marco-rubio", "sergei-lavrov", "talk", False, N, AS, "Rubio spoke after a call"),
    R("us-state-department", "marco-rubio", "statement", True, N, AS, "Rubio spoke after a call"),
    R("us-state-department", "sergei-lavrov", "statement", True, N, AS, "Rubio spoke after a call"),
    R("donald-trump", "north-korea", "other", False, N, AS, "Trump has also kept his"),
    R("donald-trump", "kim-jong-un", "meet", False, C, SP, "He told reporters he \"would"),
    R("kcna", "kim-yo-jong", "report", True, N, AS, "Pyongyang, however, was quick to"),
    R("kim-yo-jong", "united-states", "criticize", True, X, AS, "Pyongyang, however, was quick to"),
    R("kim-yo-jong", "south-korea", "criticize", True, X, AS, "She criticised joint drills by"),
    R("united-states", "south-korea", "cooperate", False, C, AS, "She criticised joint drills by"),
    R("keith-kellogg", "volodymyr-zelenskyy", "meet", False, C, AS, "Retired General Keith Kellogg, the"),
    R("keith-kellogg", "north-korea", "criticize", True, X, AS, "Kellogg said North Korea's role"),
    R("keith-kellogg", "china", "request", True, N, AS, "Kellogg said North Korea's role"),
    R("china", "north-korea", "other", True, N, RE, "Kellogg said North Korea's role"),
    R("chinese-foreign-ministry", "keith-kellogg", "criticize", True, X, AS, "The Chinese Foreign Ministry rejected"),
    R("daniel-okafor", "vladimir-putin", "statement", True, N, AS, "Analysts doubt that a breakthrough"),
    R("daniel-okafor", "north-korea", "statement", True, N, AS, "He added that North Korean"),
    R("north-korea", "russia", "supply", True, C, RE, "He added that North Korean"),
])

# ───────────── 107: messy scrape (missing spaces, widgets), media chains, invented analyst ─────────────
article("107_shoigu_treaty_anniversary", [
    A("sergei-shoigu", "Sergei Shoigu", P, "Sergei Shoygu", "Shoigu"),
    A("russian-security-council", "Security Council of Russia", O, "Russia's Security Council"),
    A("north-korea", "North Korea", S, "Pyongyang", "North Korean", "Korean soldiers"),
    A("russia", "Russia", S, "Moscow", "Russian", "Russia's"),
    A("kctv", "Korean Central Television", M, "KCTV", "North Korean state television KCTV"),
    A("kim-jong-un", "Kim Jong-un", P, "Kim Jong Un", "Kim"),
    A("kcna", "Korean Central News Agency", M, "KCNA", "the North Korean agency"),
    A("ria-novosti", "RIA Novosti", M),
    A("kim-yo-jong", "Kim Yo Jong", P),
    A("russian-pacific-fleet", "Russian Pacific Fleet", U, "Pacific Fleet"),
    A("korean-peoples-army", "Korean People's Army", U),
    A("south-korea", "South Korea", S, "Seoul", "South Korean"),
    A("japan", "Japan", S, "Tokyo", "Japanese"),
    A("shigeru-ishiba", "Shigeru Ishiba", P, "Japanese Prime Minister Shigeru Ishiba", "Ishiba"),
    A("lee-jae-myung", "Lee Jae-myung", P, "South Korean President Lee Jae-myung"),
    A("pavel-gromov", "Pavel Gromov", P, "Gromov"),
    A("vladivostok-institute-for-pacific-strategy", "Vladivostok Institute for Pacific Strategy", O),
    A("united-states", "United States", S, "The United States", "Washington"),
    A("us-state-department", "U.S. State Department", O, "State Department"),
    A("tammy-bruce", "Tammy Bruce", P, "State Department spokeswoman Tammy Bruce"),
    A("united-nations", "United Nations", O, "UN"),
], [
    R("sergei-shoigu", "north-korea", "visit", True, C, AS, "Sergei Shoygu, secretary of Russia's"),
    R("north-korea", "russia", "ally", False, C, AS, "Sergei Shoygu, secretary of Russia's"),
    R("kctv", "kim-jong-un", "report", True, N, AS, "Sergei Shoygu, secretary of Russia's"),
    R("kctv", "sergei-shoigu", "report", True, N, AS, "Sergei Shoygu, secretary of Russia's"),
    R("kim-jong-un", "sergei-shoigu", "meet", False, C, AS, "Sergei Shoygu, secretary of Russia's"),
    R("kcna", "kim-jong-un", "report", True, N, AS, "According to KCNA, Kim and"),
    R("kcna", "sergei-shoigu", "report", True, N, AS, "According to KCNA, Kim and"),
    R("ria-novosti", "sergei-shoigu", "report", True, N, AS, "According to KCNA, Kim and"),
    R("kcna", "kim-yo-jong", "report", True, N, AS, "Kim Yo Jong also attended"),
    R("korean-peoples-army", "russian-pacific-fleet", "host", True, C, AS, "In a separate development,ships of"),
    R("south-korea", "japan", "cooperate", False, C, AS, "The anniversary comes as Seoul"),
    R("shigeru-ishiba", "lee-jae-myung", "agree", False, C, RE, "The anniversary comes as Seoul"),
    R("pavel-gromov", "north-korea", "statement", True, N, AS, "Pavel Gromov, a researcher at"),
    R("pavel-gromov", "russia", "statement", True, N, AS, "Pavel Gromov, a researcher at"),
    R("tammy-bruce", "north-korea", "criticize", True, X, AS, "The United States condemned the"),
    R("united-states", "north-korea", "threaten", True, X, RE, "The United States condemned the"),
    R("united-states", "russia", "threaten", True, X, RE, "The United States condemned the"),
])

# ───────────── 108: three leaders, negations ("did not hold", "did not say"), listed states ─────────────
article("108_beijing_parade_kim_xi_putin", [
    A("kim-jong-un", "Kim Jong-un", P, "North Korean leader Kim Jong-un", "Kim"),
    A("xi-jinping", "Xi Jinping", P, "Chinese President Xi Jinping", "Xi"),
    A("vladimir-putin", "Vladimir Putin", P, "Russian President Vladimir Putin", "Putin"),
    A("china", "China", S, "Beijing", "China's", "Chinese"),
    A("kim-ju-ae", "Kim Ju-ae", P, "Kim Ju Ae"),
    A("choe-son-hui", "Choe Son-hui", P, "Foreign Minister Choe Son Hui", "Choe Son Hui"),
    A("xinhua", "Xinhua", M),
    A("north-korea", "North Korea", S, "North Korean", "Pyongyang"),
    A("russia", "Russia", S, "Russian", "the Kremlin", "Moscow"),
    A("tomasz-wierzbicki", "Tomasz Wierzbicki", P),
    A("warsaw-eastern-studies-forum", "Warsaw Eastern Studies Forum", O),
    A("alexander-lukashenko", "Alexander Lukashenko", P, "Belarusian President Alexander Lukashenko"),
    A("belarus", "Belarus", S, "Belarusian"),
    A("iran", "Iran", S),
    A("vietnam", "Vietnam", S),
    A("south-korea", "South Korea", S, "South Korean"),
    A("woo-won-shik", "Woo Won-shik", P, "National Assembly Speaker Woo Won-shik", "Woo"),
    A("national-assembly-of-korea", "National Assembly of South Korea", O, "National Assembly"),
    A("donald-trump", "Donald Trump", P, "President Donald Trump", "Trump"),
    A("united-states", "United States", S, "the United States"),
    A("chinese-foreign-ministry", "Chinese Foreign Ministry", O),
    A("japan", "Japan", S, "Japanese", "Japanese government"),
], [
    R("kim-jong-un", "xi-jinping", "talk", False, C, AS, "After the parade Kim held"),
    R("kim-jong-un", "vladimir-putin", "talk", False, C, AS, "After the parade Kim held"),
    R("xi-jinping", "vladimir-putin", "meet", False, C, AS, "BEIJING, Sept. 3 - North"),
    R("kim-jong-un", "china", "visit", True, C, AS, "Kim, who arrived in Beijing"),
    R("vladimir-putin", "china", "attend", True, C, AS, "BEIJING, Sept. 3 - North"),
    R("kim-ju-ae", "kim-jong-un", "other", True, C, AS, "Kim, who arrived in Beijing"),
    R("choe-son-hui", "kim-jong-un", "other", True, C, AS, "Kim, who arrived in Beijing"),
    R("xinhua", "xi-jinping", "report", True, N, AS, "According to Xinhua, Xi told"),
    R("xinhua", "kim-jong-un", "report", True, N, AS, "According to Xinhua, Xi told"),
    R("china", "north-korea", "cooperate", False, C, RE, "According to Xinhua, Xi told"),
    R("kim-jong-un", "russia", "support", True, C, RE, "In his talks with Putin"),
    R("vladimir-putin", "north-korea", "thank", True, C, AS, "Putin thanked Kim for the"),
    R("north-korea", "russia", "ally", False, C, RE, "The three leaders did not"),
    R("china", "russia", "ally", False, C, NE, "The three leaders did not"),
    R("tomasz-wierzbicki", "china", "statement", True, N, AS, "The three leaders did not"),
    R("woo-won-shik", "kim-jong-un", "meet", False, C, RE, "South Korea sent National Assembly"),
    R("kim-jong-un", "south-korea", "other", False, C, AS, "It was the first contact"),
    R("donald-trump", "xi-jinping", "criticize", True, X, AS, "In Washington, President Donald Trump"),
    R("donald-trump", "vladimir-putin", "criticize", True, X, AS, "In Washington, President Donald Trump"),
    R("donald-trump", "kim-jong-un", "criticize", True, X, AS, "In Washington, President Donald Trump"),
    R("xi-jinping", "united-states", "other", True, X, RE, "In Washington, President Donald Trump"),
    R("vladimir-putin", "united-states", "other", True, X, RE, "In Washington, President Donald Trump"),
    R("kim-jong-un", "united-states", "other", True, X, RE, "In Washington, President Donald Trump"),
    R("chinese-foreign-ministry", "donald-trump", "criticize", True, X, AS, "In Washington, President Donald Trump"),
    R("china", "japan", "criticize", True, X, AS, "The Japanese government had earlier"),
])


def check_and_write():
    problems = 0
    for stem, (actors, relations) in GOLD.items():
        text = (ROOT / "articles" / f"{stem}.txt").read_text(encoding="utf-8")
        low = text.lower()
        ids = [a["id"] for a in actors]
        if len(ids) != len(set(ids)):
            print(f"{stem}: duplicate actor ids"); problems += 1
        for a in actors:
            for f in [a["name"], *a["aliases"]]:
                if f.lower() not in low and f != a["name"]:
                    print(f"{stem}: alias not in text: {f!r}"); problems += 1
        pairs = set()
        for r in relations:
            for x in r["pair"]:
                if x not in ids:
                    print(f"{stem}: relation names unknown actor {x}"); problems += 1
            key = frozenset(r["pair"])
            if key in pairs:
                print(f"{stem}: pair twice {sorted(key)}"); problems += 1
            pairs.add(key)
            if r["locator"] not in text:
                print(f"{stem}: locator not in text: {r['locator']!r}"); problems += 1
        gold = {"file": f"{stem}.txt", "actors": actors, "relations": relations}
        out = ROOT / "gold" / f"{stem}.json"
        out.write_text(json.dumps(gold, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")
    return problems


if __name__ == "__main__":
    n = check_and_write()
    print(f"{len(GOLD)} gold files written, {n} problems")
    sys.exit(1 if n else 0)
