export default async function Product(props: PageProps<'/products/[id]'>) {
  const { id } = await props.params;
  return <h1>{id}</h1>;
}
