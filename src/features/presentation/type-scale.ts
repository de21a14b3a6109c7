// Type sized by the screen height, so a slide looks the same on a 1366×768 laptop and a
// 1920×1080 projector (28px at 1080 high) and never spills; the floors keep it readable.
// Written out in full so Tailwind's scanner generates the classes.
export const TYPE = {
  small: 'text-[length:max(18px,2.6vh)]',
  body: 'text-[length:max(20px,2.95vh)]',
  state: 'text-[length:max(22px,3.35vh)]',
  score: 'text-[length:max(26px,3.7vh)]',
  title: 'text-[length:max(36px,5.9vh)]',
} as const;
