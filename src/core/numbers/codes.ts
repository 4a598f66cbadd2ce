// Character codes the numbers recognizer tests one at a time, named. The kernel's Ch (src/core/text)
// names the shared punctuation; these are the Han characters of numerals and of the rules around
// them, and the few symbols Ch does not name. A `const enum`: the bundler inlines every use, so
// the hot loops compare with literals, as they did when the codes were written out.

/** Han characters, by reading (the character is in each comment). */
export const enum Han {
  /** 十 */ Ten = 0x5341,
  /** 拾, the financial 十 */ TenFinancial = 0x62fe,
  /** 百 */ Hundred = 0x767e,
  /** 佰, the financial 百 */ HundredFinancial = 0x4f70,
  /** 千 */ Thousand = 0x5343,
  /** 仟, the financial 千 */ ThousandFinancial = 0x4edf,
  /** 万 */ Wan = 0x4e07,
  /** 萬 */ WanTraditional = 0x842c,
  /** 亿 */ Yi = 0x4ebf,
  /** 億 */ YiTraditional = 0x5104,
  /** 廿 (二十) */ Twenty = 0x5eff,
  /** 卅 (三十) */ Thirty = 0x5345,
  /** 半 */ Half = 0x534a,
  /** 第, the ordinal prefix */ Di = 0x7b2c,
  /** 分, of 分之 (a fraction bar) and of minutes */ Fen = 0x5206,
  /** 之, of 分之 */ Zhi = 0x4e4b,
  /** 又, of A又N分之M */ You = 0x53c8,
  /** 成, tenths */ Cheng = 0x6210,
  /** 折, a discount */ Zhe = 0x6298,
  /** 上, of 上万 */ Shang = 0x4e0a,
  /** 负, a minus sign */ Fu = 0x8d1f,
  /** 負 */ FuTraditional = 0x8ca0,
  /** 大, of N大 + noun and 第N大 */ Da = 0x5927,
  /** 位, of 第N位 */ Wei = 0x4f4d,
  /** 名, of 第N名 */ Ming = 0x540d,
  /** 时, a clock hour */ Shi = 0x65f6,
  /** 時 */ ShiTraditional = 0x6642,
  /** 点, a clock hour after Arabic digits */ Dian = 0x70b9,
  /** 點 */ DianTraditional = 0x9ede,
  /** 月 */ Yue = 0x6708,
  /** 日 */ Ri = 0x65e5,
  /** 后, of a cohort (85后) */ Hou = 0x540e,
  /** 後 */ HouTraditional = 0x5f8c,
  /** 多 */ Duo = 0x591a,
  /** 余 */ Yu = 0x4f59,
  /** 餘 */ YuTraditional = 0x9918,
  /** 至, a range word */ To = 0x81f3,
  /** 到, a range word */ Dao = 0x5230,
}

/** Symbols the kernel's Ch does not name. */
export const enum Sym {
  LessThan = 0x3c,
  Caret = 0x5e,
  UpperE = 0x45,
  UpperK = 0x4b,
  UpperM = 0x4d,
  LowerE = 0x65,
  LowerK = 0x6b,
  LowerM = 0x6d,
  Tilde = 0x7e,
  Multiplication = 0xd7,
  EnDash = 0x2013,
  MinusSign = 0x2212,
  FullwidthPlus = 0xff0b,
  FullwidthTilde = 0xff5e,
}
