export default async function Post(props: PageProps<'/blog/[slug]'>) {
  const { slug } = await props.params;
  const { q } = await props.searchParams;
  return (
    <article>
      {slug}
      {q}
    </article>
  );
}
