export default function ShopLayout(props: LayoutProps<'/(shop)'>) {
  return (
    <section>
      {props.children}
      {props.cart}
    </section>
  );
}
