// The 2-D part of DOMMatrix, for Node: pdf.js builds a DOMMatrix when it loads (a canvas constant) and
// looks for the browser's or the optional native canvas package's. Text extraction never draws, so a
// plain affine matrix is all it needs; web workers have their own and keep it.

type Init = readonly number[] | undefined;

class AffineMatrix {
  a = 1; b = 0; c = 0; d = 1; e = 0; f = 0;

  constructor(init?: Init) {
    if (init && init.length >= 6) { [this.a, this.b, this.c, this.d, this.e, this.f] = init; }
  }

  get is2D(): boolean { return true; }
  get isIdentity(): boolean { return this.a === 1 && this.b === 0 && this.c === 0 && this.d === 1 && this.e === 0 && this.f === 0; }

  /** this = this × m */
  multiplySelf(m: AffineMatrix): this { return this.set(multiply(this, m)); }
  /** this = m × this */
  preMultiplySelf(m: AffineMatrix): this { return this.set(multiply(m, this)); }
  translateSelf(x = 0, y = 0): this { return this.multiplySelf(new AffineMatrix([1, 0, 0, 1, x, y])); }
  scaleSelf(sx = 1, sy = sx): this { return this.multiplySelf(new AffineMatrix([sx, 0, 0, sy, 0, 0])); }
  translate(x = 0, y = 0): AffineMatrix { return this.copy().translateSelf(x, y); }
  scale(sx = 1, sy = sx): AffineMatrix { return this.copy().scaleSelf(sx, sy); }
  multiply(m: AffineMatrix): AffineMatrix { return this.copy().multiplySelf(m); }

  invertSelf(): this {
    const det = this.a * this.d - this.b * this.c;
    if (det === 0) { return this.set([Number.NaN, Number.NaN, Number.NaN, Number.NaN, Number.NaN, Number.NaN]); }
    const { a, b, c, d, e, f } = this;
    return this.set([d / det, -b / det, -c / det, a / det, (c * f - d * e) / det, (b * e - a * f) / det]);
  }

  inverse(): AffineMatrix { return this.copy().invertSelf(); }

  private copy(): AffineMatrix { return new AffineMatrix([this.a, this.b, this.c, this.d, this.e, this.f]); }

  private set(v: readonly number[]): this {
    [this.a, this.b, this.c, this.d, this.e, this.f] = v;
    return this;
  }
}

function multiply(l: AffineMatrix, r: AffineMatrix): number[] {
  return [
    l.a * r.a + l.c * r.b, l.b * r.a + l.d * r.b,
    l.a * r.c + l.c * r.d, l.b * r.c + l.d * r.d,
    l.a * r.e + l.c * r.f + l.e, l.b * r.e + l.d * r.f + l.f,
  ];
}

/** Installs the matrix as globalThis.DOMMatrix where the host has none. */
export function ensureDomMatrix(): void {
  const g = globalThis as { DOMMatrix?: unknown };
  g.DOMMatrix ??= AffineMatrix;
}
