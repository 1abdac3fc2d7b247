// A layout inside a route group: its own key, with exactly its own slot (Next has no such key).
export default function ShopLayout(props: LayoutProps<'/(shop)'>) {
  return (
    <section>
      {props.children}
      {props.cart}
    </section>
  );
}
