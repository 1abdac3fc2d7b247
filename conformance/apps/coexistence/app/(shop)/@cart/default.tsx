export default function EmptyCart() {
  return null;
}
