// No layout in app/(marketing): Next renders only the children of this group, never @promo.
export default function Promo() {
  return <aside>Sale</aside>;
}
